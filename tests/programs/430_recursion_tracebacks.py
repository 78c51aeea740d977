# Memoised recursion counts against the recursion limit as in CPython (the
# cache wrapper is a call level of its own), and a traceback through deep
# recursion prints repeated lines once, then "[Previous line repeated N more times]".
import sys
from functools import lru_cache

@lru_cache(maxsize=None)
def chain_length(n):
    return 0 if n == 0 else 1 + chain_length(n - 1)

print(chain_length(400))
try:
    chain_length(2000)
except RecursionError as e:
    print("RecursionError:", e)
# filling the cache bottom-up avoids deep recursion entirely
for k in range(0, 3001, 200):
    chain_length(k)
print(chain_length(3000), chain_length.cache_info().currsize)

def countdown(n):
    if n == 0:
        raise ValueError("liftoff failed")
    return countdown(n - 1)

try:
    countdown(50)
except ValueError as e:
    print("caught:", e)
countdown(25)
