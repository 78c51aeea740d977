# lru_cache on methods and with keyword arguments; the wrapper object itself.
import functools

class PriceService:
    calls = 0

    def __init__(self, currency):
        self.currency = currency

    @functools.lru_cache(maxsize=16)
    def quote(self, item, qty=1):
        PriceService.calls += 1
        base = {"apple": 0.5, "pear": 0.75, "fig": 2.0}[item]
        return f"{base * qty:.2f} {self.currency}"

eur = PriceService("EUR")
usd = PriceService("USD")
print(eur.quote("apple"), eur.quote("apple"), usd.quote("apple"))
print(eur.quote("fig", 3), eur.quote("fig", qty=3), eur.quote(item="fig", qty=3))
print(PriceService.calls, PriceService.quote.cache_info())
print(type(PriceService.quote).__name__, PriceService.quote.__name__, PriceService.quote.__qualname__)
print(repr(PriceService.quote).startswith("<functools._lru_cache_wrapper object at"))
print(callable(eur.quote), eur.quote.__self__ is eur)

@functools.lru_cache(maxsize=None, typed=True)
def describe(x):
    return f"{type(x).__name__}:{x}"
print(describe(1), describe(1.0), describe(True), describe("1"), describe((1, 2)))
print(describe.cache_info(), describe.cache_parameters())

@functools.lru_cache(maxsize=2)
def slow_square(n):
    print(f"  computing {n}")
    return n * n
for n in [2, 3, 2, 4, 3, 2]:
    print(n, slow_square(n))
print(slow_square.cache_info())
print(slow_square.__wrapped__(9), slow_square.cache_info().misses)

@functools.lru_cache
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), collatz_len.cache_info().currsize)

try:
    describe([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    functools.lru_cache(maxsize="ten")
except TypeError as e:
    print("TypeError:", e)
