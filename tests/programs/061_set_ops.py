# Set operators on small integers (whose printed order is deterministic).

a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a, b, len(a), 3 in a, 9 not in b)
print(a & b, a | b, a - b, b - a, a ^ b)
print(a <= a, a < a, {1, 2} < a, {1, 9} <= a, a >= {1}, a > a, b > {6}, set() < a)
print(a == {5, 4, 3, 2, 1}, a != b, {1, 2} == frozenset({1, 2}))
print(set(), set([3, 1, 2, 3, 1]), set(range(10, 0, -2)), {x % 4 for x in range(20)})
print(sorted(a | b, reverse=True), sum(a), max(b), min(a ^ b))

c = {0}
c |= {8, 9}
c &= {0, 8, 10}
c ^= {8, 3}
c -= {100}
print(c)

def primes_below(n):
    composite = set()
    for i in range(2, n):
        for j in range(i * i, n, i):
            composite.add(j)
    return set(range(2, n)) - composite

p = primes_below(50)
print(p)
odd = set(range(1, 50, 2))
print(p - odd, p & {2, 3, 4, 5}, len(p | odd), p.isdisjoint({4, 6, 8}))

multiples_3 = set(range(0, 30, 3))
multiples_5 = set(range(0, 30, 5))
print("both:", multiples_3 & multiples_5)
print("either:", multiples_3 | multiples_5)
print("exactly one:", multiples_3 ^ multiples_5)
print({-1, -2, 0, 1}, {10, 1, 100}, {3.0, 1, 2.5})
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    a < [1]
except TypeError as e:
    print("TypeError:", e)
print(a | set(), set() | set(), {1} & set(), {(1, 2), (1, 2)} == {(1, 2)})
