# hash() of ints, floats equal to ints, bools, None-free tuples; hash/eq consistency.

for n in [0, 1, -1, -2, 2, 100, -100, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 61), 10 ** 30]:
    print(n, hash(n))
print(hash(-1) == hash(-2), hash(True), hash(False), hash(1.0), hash(1.5), hash(-0.5), hash(0.0))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash((-1, -2)), hash(((1, 2), (3, 4))))
print(hash((1, 2)) == hash((1.0, 2)), hash((True, 0)) == hash((1, False)))
print(hash(frozenset()) , hash(2 ** 100) == hash(2 ** 100 % (2 ** 61 - 1)))

cache = {}
def memo_key(*args):
    key = tuple(args)
    h = hash(key)
    cache.setdefault(h, []).append(key)
    return h

for args in [(1, 2), (2, 1), (1, 2), (0,), (0, 0)]:
    print(args, memo_key(*args))
print(len(cache), sorted(len(v) for v in cache.values()))
try:
    hash([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
print(hash(5) == 5, hash(-5) == -5, hash(12345678901) == 12345678901)
