# The sieve of Eratosthenes: primes below 10,000, a table of the first
# hundred, and a few facts about them.

import math


def sieve(limit):
    is_prime = [True] * limit
    is_prime[0] = is_prime[1] = False
    for p in range(2, math.isqrt(limit - 1) + 1):
        if is_prime[p]:
            for multiple in range(p * p, limit, p):
                is_prime[multiple] = False
    return [n for n in range(limit) if is_prime[n]]


LIMIT = 10000
primes = sieve(LIMIT)

print("The first 100 primes:")
for row in range(10):
    print(" ".join([f"{p:4d}" for p in primes[row * 10:row * 10 + 10]]))

print()
print(f"There are {len(primes)} primes below {LIMIT:,}.")
print(f"The largest is {primes[-1]}; their sum is {sum(primes):,}.")
estimate = LIMIT / math.log(LIMIT)
print(f"The prime number theorem estimates {estimate:.1f} "
      f"(off by {100 * (len(primes) - estimate) / len(primes):.1f}%).")

pset = set(primes)
twins = [(p, p + 2) for p in primes if p + 2 in pset]
print(f"{len(twins)} twin prime pairs; the last is {twins[-1]}.")

gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
widest = max(gaps)
where = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == widest][0]
print(f"The widest gap is {widest}, between {where[0]} and {where[1]}.")
print("Most common gaps:", ", ".join(
    [f"{g} ({n}x)" for g, n in sorted(gaps.items(), key=lambda kv: -kv[1])[:4]]))
