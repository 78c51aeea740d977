# math: exp, log (with base), log2, log10, sin/cos/tan, atan2, inverse trig.
import math

print(math.exp(0), math.exp(1), math.exp(-1), math.exp(2.5))
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(1000, 10), math.log(9, 3))
print(math.log2(1024), math.log2(3), math.log10(1000), math.log10(2), math.log1p(1e-10), math.expm1(1e-10))
print(math.log(2 ** 1000), math.log2(2 ** 1000), math.log10(10 ** 100))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi))
print(math.sin(math.pi), math.cos(math.pi / 2), math.sin(1), math.cos(1), math.tan(1))
print(math.asin(1), math.acos(0), math.atan(1), math.atan(math.inf))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(-0.0, -1), math.atan2(0, 0))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.tanh(100))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(4, -0.5))

def polar(x, y):
    return math.hypot(x, y), math.degrees(math.atan2(y, x))

for x, y in [(1, 0), (0, 1), (-1, 0), (0, -1), (1, 1), (-3, 4)]:
    r, theta = polar(x, y)
    print(f"({x:2}, {y:2}) -> r={r:.4f} theta={theta:8.3f}")

for angle in range(0, 361, 45):
    rad = math.radians(angle)
    print(f"{angle:3} sin={math.sin(rad):+.6f} cos={math.cos(rad):+.6f}")

def compound(principal, rate, years):
    return principal * math.exp(rate * years)

print(round(compound(1000, 0.05, 10), 4), round(math.log(2) / 0.05, 4))
print(round(sum(math.sin(k) ** 2 + math.cos(k) ** 2 for k in range(100)), 12))
