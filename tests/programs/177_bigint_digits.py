# Big-integer number theory: digit sums, repunits, power towers, Collatz records, perfect numbers.

def digit_sum(n):
    return sum(int(d) for d in str(n))

print("digit sum of 2**1000:", digit_sum(2 ** 1000))

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

print("digit sum of 100!:", digit_sum(fact(100)))
repunit = int("1" * 30)
print("R30 =", repunit, "R30 % 7 =", repunit % 7, "R30 * 9 + 1 =", repunit * 9 + 1)
print("3**3**3 =", 3 ** 3 ** 3, "len(str(7**7**3)) =", len(str(7 ** 7 ** 3)))
print("2**127 - 1 =", 2 ** 127 - 1)

def lucas_lehmer(p):
    m = 2 ** p - 1
    s = 4
    for _ in range(p - 2):
        s = (s * s - 2) % m
    return s == 0

mersenne = [p for p in [3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 61, 89, 107, 127] if lucas_lehmer(p)]
print("Mersenne prime exponents:", mersenne)
perfect = [2 ** (p - 1) * (2 ** p - 1) for p in mersenne[:6]]
print("perfect numbers:", perfect)

def self_powers(n, mod):
    return sum(pow(i, i, mod) for i in range(1, n + 1)) % mod

print("last 10 digits of sum i**i, i<=1000:", self_powers(1000, 10 ** 10))
x = 1
for i in range(1, 31):
    x = x * 31 + i
print("polynomial hash:", x, x.bit_length(), x % 1_000_000_007)
a, b = 2 ** 200 + 12345, 3 ** 120 - 999
print(a * b, a // b if a > b else b // a, (a * b) % (10 ** 20))
print(-(2 ** 200) // 3, -(2 ** 200) % 3, (2 ** 200) // -7, (2 ** 200) % -7)
print(int(str(2 ** 300)[::-1]) % 1000003, str(5 ** 100).count("0"))
print(divmod(10 ** 50, 7 ** 20), pow(10 ** 30, 3, 10 ** 40 + 1))
