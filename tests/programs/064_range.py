# range objects: len, indexing, slicing, membership, negative steps, repr, equality.

r = range(10)
print(r, range(2, 20, 3), range(10, 0, -2), range(0), range(-5, 5))
print(len(r), len(range(2, 20, 3)), len(range(10, 0, -2)), len(range(5, 5)), len(range(5, 0)))
print(r[0], r[-1], r[3], range(2, 20, 3)[2], range(10, 0, -2)[-1])
print(r[2:5], r[::2], r[::-1], r[-3:], range(0, 20, 2)[1::2], range(10, 0, -2)[::-1])
print(list(range(2, 20, 3)), list(range(10, 0, -2)), list(range(-3)), list(range(5, -6, -5)))
print(5 in r, 10 in r, -1 in r, 8 in range(0, 20, 4), 7 in range(0, 20, 4), 3.0 in r)
print(range(0, 20, 4).index(12), range(0, 20, 4).count(12), r.count(11))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 5, 2) == range(0, 6, 2), r == list(r))
print(sum(range(101)), max(range(7, 70, 7)), min(range(10, 0, -3)), sorted(range(5, 0, -1)))
print(r.start, r.stop, r.step, range(1, 10, 4).stop, list(reversed(range(4))))
big = range(0, 10 ** 18, 7)
print(len(big), big[-1], 7 * 10 ** 16 in big, (7 * 10 ** 16 + 3) in big, big[10 ** 17])

def countdown(n):
    for i in range(n, 0, -1):
        print(i, end=" ")
    print("liftoff")

countdown(5)
countdown(0)
for i in range(3):
    for j in range(i, 3):
        print((i, j), end=" ")
print()
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    r.index(99)
except ValueError as e:
    print("ValueError:", e)
print(bool(range(0)), bool(range(1)), list(range(3)) * 2, tuple(range(3)))
