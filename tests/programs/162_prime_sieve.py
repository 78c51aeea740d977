# Sieve of Eratosthenes, prime statistics, twin primes, Goldbach and factorization.

def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(is_prime) if p]

primes = sieve(10000)
print("count below 10000:", len(primes))
print("first 25:", primes[:25])
print("last 5:", primes[-5:])
for bound in [10, 100, 1000, 10000]:
    print(f"pi({bound}) = {sum(1 for p in primes if p < bound)}")
prime_set = set(primes)
twins = [(p, p + 2) for p in primes if p + 2 in prime_set]
print("twin pairs below 10000:", len(twins), "last:", twins[-1])
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print("gap histogram:", dict(sorted(gaps.items())))
max_gap = max(zip(primes, primes[1:]), key=lambda ab: ab[1] - ab[0])
print("largest gap:", max_gap, max_gap[1] - max_gap[0])

def goldbach(n):
    for p in primes:
        if n - p in prime_set:
            return p, n - p
    return None

print([goldbach(n) for n in range(4, 40, 4)])

def factorize(n):
    factors = {}
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors[p] = factors.get(p, 0) + 1
            n //= p
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

def fmt(factors):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(factors.items()))

for n in [360, 9973, 1001, 2 ** 20, 600851475143, 123456789]:
    print(n, "=", fmt(factorize(n)))
print("sum of primes below 10000:", sum(primes))
