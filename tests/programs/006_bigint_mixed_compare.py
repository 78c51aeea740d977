# Mixing big and small integers, comparisons across sizes and with floats.

small = 42
big = 2 ** 100
huge = 3 ** 300

print(small < big, big < huge, huge > small, big == 2 ** 100, big != big + 1)
print(-big < small < big, -huge < -big)
print(big + small, big - small, small - big)
print(big * small, big // small, big % small)
print(max(small, big, -huge), min([big, small, huge, -3]))
print(sorted([big, -big, small, 0, -small, huge % 1000]))

# comparison with floats
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(big == float(big), big + 1 == float(big), big + 1 > float(big))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(float(2 ** 60), float(-(2 ** 70)), int(1e20), int(-1.5e10))
print(big / 2 ** 90, huge / huge, 1 / big)

# shrinking back to small values
x = big
x -= 2 ** 100 - 5
print(x, type(x).__name__, x * 2)
y = huge // huge
print(y, y == 1, y is not None)

def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print("collatz(2**100+1) steps:", collatz_steps(2 ** 100 + 1))
print("collatz(27) steps:", collatz_steps(27))

def int_sqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

r = int_sqrt(10 ** 50)
print(r, r * r == 10 ** 50)
r2 = int_sqrt(2 * 10 ** 60)
print(r2, r2 * r2 <= 2 * 10 ** 60 < (r2 + 1) ** 2)
print(str(huge)[:30], len(str(huge)), str(-huge)[:5])
print(bool(big - big), bool(-big), int("-" + "9" * 30) + 1)
