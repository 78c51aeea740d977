# math integer functions: gcd, lcm, factorial, isqrt, comb, perm, prod.
import math

print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(12, 18, 30), math.gcd())
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 5), math.lcm())
print([math.factorial(n) for n in range(11)])
print(math.factorial(30), len(str(math.factorial(500))))
print([math.isqrt(n) for n in [0, 1, 3, 4, 15, 16, 17, 99, 100]], math.isqrt(10 ** 40), math.isqrt(2 ** 101))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(52, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(10, 0), math.perm(3, 5), math.perm(20, 10))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)), math.prod([0.5, 4]), math.prod([2, 3], start=10))
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(2 ** 40, 3 ** 20))

def pascal(rows):
    for n in range(rows):
        print(" ".join(str(math.comb(n, k)) for k in range(n + 1)).center(40))

pascal(7)

def is_square(n):
    r = math.isqrt(n)
    return r * r == n

print([n for n in range(200) if is_square(n)])

def reduce_fraction(num, den):
    g = math.gcd(num, den)
    return num // g, den // g

print(reduce_fraction(84, 36), reduce_fraction(-10, 4), reduce_fraction(0, 7))
print(sum(math.comb(10, k) for k in range(11)) == 2 ** 10)
for bad in [lambda: math.factorial(-3), lambda: math.comb(5, -1), lambda: math.isqrt(-4), lambda: math.gcd(1.5, 3)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
