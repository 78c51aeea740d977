# Fraction arithmetic with int, float, complex and Fraction in both orders,
# result types, comparisons, hashing and rounding.
import math
from fractions import Fraction as F

values = [F(3, 4), F(-5, 6), 2, -3, 0.5, 2 + 1j, True]
for x in values:
    for y in values:
        if not (isinstance(x, F) or isinstance(y, F)):
            continue
        for op in ['+', '-', '*', '/', '//', '%', 'divmod', '**']:
            try:
                r = divmod(x, y) if op == 'divmod' else eval('x %s y' % op)
                print(repr(x), op, repr(y), '=', repr(r), type(r).__name__)
            except Exception as e:
                print(repr(x), op, repr(y), '->', type(e).__name__ + ':', e)

for base, exp in [(F(0), -2), (F(-2, 3), -3), (F(4), F(1, 2)), (2, F(-1)),
                  (2, F(3)), (2, F(1, 2)), (2.0, F(2)), (F(9, 4), 0.5)]:
    try:
        print(repr(base), '**', repr(exp), '=', repr(base ** exp))
    except ZeroDivisionError as e:
        print(repr(base), '**', repr(exp), '-> ZeroDivisionError:', e)
try:
    F(1, 2) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)

for x in [F(1, 2), F(-7, 3), F(5), F(0), F(2**80, 3), F(-1),
          F(1, 2**61 - 1), F(10**30, 7), F(5, 2), F(7, 2), F(-5, 2)]:
    print(x, hash(x), bool(x), abs(x), math.floor(x), math.ceil(x),
          math.trunc(x), int(x), float(x), round(x), repr(round(x, 2)),
          repr(round(x, -1)))
print(hash(F(3, 2)) == hash(1.5), hash(F(-1)) == hash(-1), hash(F(6, 3)) == hash(2))
print(round(F(1, 200), 2), round(F(3, 200), 2), round(F(25, 1), -1), round(F(35), -1))

for x in [F(1, 2), F(-1, 3), F(2)]:
    row = []
    for y in [0.5, 1, float('inf'), float('-inf'), float('nan'), F(1, 2), 2]:
        row.append((x == y, x < y, x >= y, y > x, y == x))
    print(x, row)
    print(x == 1j, x == complex(float(x), 0), x != 'a')
print(sorted([F(1, 3), 0.3, 1, F(-1, 2), 0, True]), max(F(1, 3), F(1, 4)),
      sum([F(1, 3)] * 3), sum([F(1, 10)] * 10) == 1, min(0.25, F(1, 3)))
table = {F(1, 2): 'half', 2: 'two'}
print(table[0.5], table[F(4, 2)], F(1, 3) in {F(2, 6)})
