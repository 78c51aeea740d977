# Memoised recursion with lru_cache and cache.
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(90))
print(fib.cache_info())
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], len(info))
hits, misses, maxsize, currsize = info
print(hits + misses, info == (hits, misses, None, currsize))

@lru_cache
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), grid_paths.cache_info())

@lru_cache(maxsize=3)
def load(name):
    print("  loading", name)
    return name.upper()

for n in ["a", "b", "a", "c", "d", "a", "b"]:
    print(n, load(n))
print(load.cache_info())
load.cache_clear()
print(load.cache_info())

@lru_cache(maxsize=8, typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)
print(kind.cache_parameters())

@cache
def edit_distance(a, b):
    if not a or not b:
        return len(a) + len(b)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))
print(edit_distance("kitten", "sitting"), edit_distance.cache_info().misses > 10)
print(fib.__name__, fib.__wrapped__(10))

@lru_cache(maxsize=0)
def nocache(x):
    return x * 2
print(nocache(2), nocache(2), nocache.cache_info())

@lru_cache(maxsize=4)
def kw(a, b=1, *, c=2):
    return a + b + c
print(kw(1), kw(1, b=1), kw(1, 1), kw(1, c=5), kw.cache_info())

try:
    lru_cache("big")
except TypeError as e:
    print(e)
try:
    fib([1])
except TypeError as e:
    print(e)
