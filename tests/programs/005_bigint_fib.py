# Fibonacci numbers, including fib(1000), computed several ways.

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def fib_matrix(n):
    def mul(x, y):
        return [
            [x[0][0] * y[0][0] + x[0][1] * y[1][0], x[0][0] * y[0][1] + x[0][1] * y[1][1]],
            [x[1][0] * y[0][0] + x[1][1] * y[1][0], x[1][0] * y[0][1] + x[1][1] * y[1][1]],
        ]
    result = [[1, 0], [0, 1]]
    m = [[1, 1], [1, 0]]
    while n:
        if n & 1:
            result = mul(result, m)
        m = mul(m, m)
        n >>= 1
    return result[0][1]

memo = {0: 0, 1: 1}
def fib_memo(n):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]

print([fib_iter(i) for i in range(20)])
f1000 = fib_iter(1000)
print("fib(1000) =", f1000)
print("len:", len(str(f1000)))
print("matrix agrees:", fib_matrix(1000) == f1000)
for i in range(0, 400, 50):
    fib_memo(i)
print("memo agrees:", fib_memo(400) == fib_iter(400))
print("fib(300) =", fib_memo(300))
print("fib(1000) % 1000000007 =", f1000 % 1000000007)
print("fib(999) * fib(1001) - fib(1000)**2 =", fib_iter(999) * fib_iter(1001) - f1000 ** 2)
ratio = fib_iter(101) / fib_iter(100)
print("golden ratio approx:", ratio)

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

print("gcd(fib(300), fib(200)) == fib(100):", gcd(fib_iter(300), fib_iter(200)) == fib_iter(100))
print(str(f1000)[:20], str(f1000)[-20:])
