# math.fsum vs sum, isclose tolerances, isnan/isinf, float precision.
import math

values = [0.1] * 10
print(sum(values), math.fsum(values), sum(values) == 1.0, math.fsum(values) == 1.0)
tricky = [1e100, 1.0, -1e100, 1.0]
print(sum(tricky), math.fsum(tricky))
print(math.fsum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3, math.fsum([]), math.fsum([1, 2, 3]))
print(math.fsum([1e308, -1e308, 1e-308]), math.fsum([1e-16] * 10 + [1]), sum([1e-16] * 10 + [1]))

pairs = [(1.0, 1.0 + 1e-10), (1.0, 1.01), (100, 100.5), (0.0, 1e-10), (1e-300, 2e-300)]
for a, b in pairs:
    print(a, b, math.isclose(a, b), math.isclose(a, b, rel_tol=1e-2), math.isclose(a, b, abs_tol=1e-9))
print(math.isclose(math.nan, math.nan), math.isclose(math.inf, -math.inf))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)

data = [float(x) / 7 for x in range(1, 50)]
print(round(sum(data), 10), round(math.fsum(data), 10), math.isclose(sum(data), math.fsum(data)))
print(math.isnan(float("nan")), math.isnan(1.0), math.isinf(1e308 * 10), math.isinf(1e308))
print(math.isfinite(0.0), math.isfinite(float("inf")), math.isfinite(float("nan")))

def kahan(xs):
    total = 0.0
    comp = 0.0
    for x in xs:
        y = x - comp
        t = total + y
        comp = (t - total) - y
        total = t
    return total

series = [1.0 / (k * k) for k in range(1, 10001)]
print(sum(series), kahan(series), math.fsum(series))
print(round(math.sqrt(6 * math.fsum(series)), 6), round(math.pi, 6))
