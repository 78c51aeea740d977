# Dynamic programming with lru_cache: coin change, LCS, partitions.
from functools import lru_cache

def coin_change(coins, amount):
    @lru_cache(maxsize=None)
    def best(rest):
        if rest == 0:
            return 0
        options = [best(rest - c) for c in coins if c <= rest]
        options = [o for o in options if o is not None]
        return min(options) + 1 if options else None
    result = best(amount)
    print("cache:", best.cache_info())
    return result

print(coin_change((1, 5, 10, 25), 63))
print(coin_change((4, 7), 5))

def lcs(a, b):
    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        if a[i] == b[j]:
            return a[i] + go(i + 1, j + 1)
        x, y = go(i + 1, j), go(i, j + 1)
        return x if len(x) >= len(y) else y
    return go(0, 0)

print(lcs("AGGTAB", "GXTXAYB"), lcs("abc", "def") == "")

@lru_cache(maxsize=None)
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)

print([partitions(n, n) for n in range(1, 16)])
print(partitions(60, 60))
print(partitions.cache_info().currsize > 100)
