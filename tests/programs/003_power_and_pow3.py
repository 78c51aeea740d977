# Exponentiation: int ** int, negative exponents, float powers, 3-arg pow.

print(2 ** 10, 2 ** 0, 0 ** 0, (-3) ** 3, (-3) ** 4)
print(2 ** -1, 2 ** -2, 10 ** -3)
print(4 ** 0.5, 27 ** (1 / 3), 2.0 ** 10, 1.5 ** 2)
print((-8) ** 2, -8 ** 2)
print(pow(2, 10), pow(2.0, 3), pow(2, -2))

def modexp(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result

tests = [(2, 10, 1000), (3, 200, 13), (7, 0, 5), (123456789, 987654321, 1000000007),
         (5, 117, 19), (-2, 5, 7), (2, 5, -7)]
for b, e, m in tests:
    print("pow(%d, %d, %d) = %d  manual=%s" % (b, e, m, pow(b, e, m),
          modexp(b, e, m) if m > 0 and b >= 0 else "n/a"))

# modular inverse via negative exponent (Python 3.8+)
print(pow(3, -1, 11), pow(38, -1, 97))
print((3 * pow(3, -1, 11)) % 11)

# huge exponent with modulus stays fast
print(pow(2, 10**18, 10**9 + 7))

def is_probable_prime(n):
    if n < 2:
        return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in [2, 3, 5, 7, 11, 13, 17]:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True

candidates = [97, 561, 7919, 1000003, 2**61 - 1, 2**61 + 1, 10**18 + 9]
for c in candidates:
    print(c, is_probable_prime(c))

print(3 ** 40, (-2) ** 63, 7 ** 23 % 1000)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
