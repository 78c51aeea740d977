# math module: constants, rounding functions, sqrt, fabs, copysign, hypot.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.sqrt(1e100), math.sqrt(0))
for x in [2.5, -2.5, 3.0, -0.1, 1e20, 7]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.fabs(-3), math.fabs(2.5), abs(-3), math.copysign(3, -0.0), math.copysign(-2.5, 1))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1, 1), math.hypot())
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.001), math.isclose(1, 1.001, rel_tol=0.01))
print(math.isclose(0, 1e-12), math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), round(math.radians(45), 12))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-7.9), math.floor(10 ** 20), math.ceil(-(10 ** 20)))

def distance(p, q):
    return math.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)

points = [(0, 0), (3, 4), (-1, 7), (6, -2)]
for p in points[1:]:
    d = distance(points[0], p)
    print(p, round(d, 6), math.isclose(d, math.hypot(*p)))

def circle(r):
    return {"area": math.pi * r * r, "circumference": 2 * math.pi * r}

for r in [1, 2.5, 10]:
    c = circle(r)
    print(f"r={r}: area={c['area']:.4f} circumference={c['circumference']:.4f}")
print(math.floor(7), math.ceil(7), math.floor(-7.0), math.isfinite(math.pi), math.isinf(-math.inf))
print(math.sqrt(2) ** 2, math.sqrt(2) ** 2 == 2, math.isclose(math.sqrt(2) ** 2, 2))
