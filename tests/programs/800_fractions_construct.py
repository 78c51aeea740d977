# fractions.Fraction: construction from ints, floats, strings and pairs,
# normalisation, and CPython's error messages.
from fractions import Fraction as F


def attempt(label, *args):
    try:
        print(label, repr(F(*args)))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


for text in ['3/4', '-1.5e3', ' 2 ', '1.', '.5', '1_000/3', '+7', '1e-3',
             '-0', '3.1415', '2E+2', '  -12/18\n', '0.000_1']:
    attempt(repr(text), text)
for text in ['nan', 'x', '1/', '/2', '.', '1_/2', '', 'inf', '1/-2',
             '1.5/2', ' - 1', '3/0', '1__0', 'e5']:
    attempt(repr(text), text)
for pair in [(3, 0), (6, -4), (-6, -4), (0, -5), (10**20, 4 * 10**18),
             (F(1, 2), F(3, 4)), (F(5, 3), 10), (1.5, 2), ('1', 2), (1, None)]:
    attempt('pair %r' % (pair,), *pair)
for value in [0.1, -2.5, 1e300, 5e-324, float('nan'), float('inf'), True,
              None, [1], 1j]:
    attempt('value %r' % (value,), value)
for value in [0.1, 3, float('nan'), float('-inf'), 'a']:
    try:
        print('from_float', repr(F.from_float(value)))
    except Exception as e:
        print('from_float', type(e).__name__ + ':', e)

f = F(-84, 36)
print(f, repr(f), f.numerator, f.denominator, f.as_integer_ratio())
print(F(), F(7), str(F(7)), F(F(2, 3)), F(0.75))


class Half(F):
    pass


h = Half(1, 2)
print(repr(h), type(h).__name__, type(h + 1).__name__, isinstance(h, F))

import copy
print(repr(copy.copy(F(1, 3))), repr(copy.deepcopy([F(2, 3)])))
print(F(1, 3).limit_denominator(2), F(-12345, 997).limit_denominator(10),
      F('3.14159265358979').limit_denominator(100),
      F(3.141592653589793).limit_denominator(1000),
      F(3.141592653589793).limit_denominator(), F(5, 4).limit_denominator(4))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print('ValueError:', e)
