# Basic integer arithmetic, precedence and augmented assignment.

def show(label, value):
    print(label, "=", value)

a = 17
b = 5
show("a + b", a + b)
show("a - b", a - b)
show("a * b", a * b)
show("a / b", a / b)
show("a // b", a // b)
show("a % b", a % b)
show("-a", -a)
show("+a", +a)
show("a ** 2", a ** 2)
show("2 + 3 * 4", 2 + 3 * 4)
show("(2 + 3) * 4", (2 + 3) * 4)
show("2 ** 3 ** 2", 2 ** 3 ** 2)
show("-2 ** 2", -2 ** 2)
show("(-2) ** 2", (-2) ** 2)
show("10 - 4 - 3", 10 - 4 - 3)
show("100 // 7 // 2", 100 // 7 // 2)
show("6 / 3", 6 / 3)
show("7 / 2", 7 / 2)
show("True + True", True + True)
show("True * 10", True * 10)
show("False - 1", False - 1)

total = 0
for i in range(1, 11):
    total += i * i
show("sum of squares 1..10", total)

x = 100
x -= 1
x *= 3
x //= 4
x %= 50
x **= 2
x += -7
show("x after augmented ops", x)

def digits_sum(n):
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s

for n in [0, 7, 99, 12345, 1000001]:
    print("digits_sum(%d) = %d" % (n, digits_sum(n)))

def gcd(p, q):
    while q:
        p, q = q, p % q
    return p

print("gcd(1071, 462) =", gcd(1071, 462))
print("lcm(21, 6) =", 21 * 6 // gcd(21, 6))
print(1_000_000 + 2_500, 0x_ff, 0o17, 0b1010_1010)
print(type(7 // 2).__name__, type(7 / 2).__name__, type(True + 1).__name__)
