# tee: several independent iterators over one stream, buffering only what is needed.
from itertools import tee, islice

reads = []
def sensor():
    for v in [3, 8, 2, 9, 4, 7, 1]:
        reads.append(v)
        yield v

a, b = tee(sensor())
print(next(a), next(a), reads)
print(list(b), reads)
print(list(a))

prices = iter([10, 12, 11, 15, 14])
cur, nxt = tee(prices)
next(nxt)
print([y - x for x, y in zip(cur, nxt)])

x, y, z = tee("abc", 3)
print(list(x), list(y), list(z))
print(tee([1, 2], 0), len(tee(range(3), 5)))
print(type(x).__name__)

# copying a tee copies its position
first, = tee(iter(range(200)), 1)
print(list(islice(first, 3)))
second, third = tee(first)
print(next(second), next(second), next(third))
big = list(second)
print(len(big), big[:3], big[-1], next(third))

for f in [lambda: tee(), lambda: tee([], -1), lambda: tee([], "2"), lambda: tee(7),
          lambda: tee([], n=2)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
