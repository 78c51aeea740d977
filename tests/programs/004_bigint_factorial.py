# Big integer arithmetic: factorials and friends.

def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

for n in [0, 1, 5, 10, 20, 21, 25, 30]:
    print(n, factorial(n))

f100 = factorial(100)
print("100! =", f100)
print("digits in 100!:", len(str(f100)))
print("sum of digits of 100!:", sum(int(c) for c in str(f100)))

def trailing_zeros(n):
    count = 0
    while n % 10 == 0 and n:
        n //= 10
        count += 1
    return count

print("trailing zeros of 100!:", trailing_zeros(f100))
print("2**200 =", 2 ** 200)
print("2**64 - 1 =", 2 ** 64 - 1)
print("-(2**100) =", -(2 ** 100))
print("2**200 // 3**50 =", 2 ** 200 // 3 ** 50)
print("2**200 % 1000007 =", 2 ** 200 % 1000007)
print("f(50) / f(48) =", factorial(50) // factorial(48))

def binomial(n, k):
    return factorial(n) // (factorial(k) * factorial(n - k))

print("C(100, 50) =", binomial(100, 50))
print("C(60, 30) =", binomial(60, 30))

# big * small, big + negative, big - big
a = 10 ** 40 + 123
b = 10 ** 40 - 456
print(a - b, b - a, a * -1, a + (-a), -a // 7, -a % 7)
print(a * b)
print((a * b) // a == b, (a * b) % a)
print(abs(-(10 ** 25)), -(-(10 ** 25)))

def catalan(n):
    return binomial(2 * n, n) // (n + 1)

print([catalan(i) for i in range(15)])
print(catalan(60))
