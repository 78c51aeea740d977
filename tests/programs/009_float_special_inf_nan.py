# Infinity and NaN: creation, arithmetic, comparisons, repr.
import math

inf = float("inf")
ninf = float("-inf")
nan = float("nan")

print(inf, ninf, nan, repr(inf), repr(nan))
print(float("Infinity"), float("-INF"), float("NaN"), float("  inf  "), float("-nan"))
print(inf + 1, inf * 2, inf - inf, inf * 0, -inf * -1, inf / 1e308)
print(1 / inf, -1 / inf, 5 % inf, -5 % inf)
print(inf > 1e308, ninf < -1e308, inf == inf, inf == -ninf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(math.isnan(nan), math.isinf(inf), math.isinf(ninf), math.isfinite(1e308), math.isfinite(nan))
print(math.inf == inf, math.isnan(math.nan), -math.inf)
print(max(1.0, inf), min(1.0, ninf), abs(ninf))
print([inf, ninf, nan], (nan,), {"x": inf})
print(str(inf), str(-nan), f"{inf}", f"{nan:>6}", "%f %e %g" % (inf, ninf, nan))
print(f"{inf:.2f} {ninf:10.3e} {nan:+}")
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308)
print(1e-320 / 1e10, -1e-320 / 1e10)

values = [3.5, nan, 1.0, inf, -2.0]
clean = [v for v in values if not math.isnan(v)]
print("clean:", clean, "sorted:", sorted(clean))
print("nan in list:", nan in [nan], float("nan") in [float("nan")])

def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return inf if a > 0 else (ninf if a < 0 else nan)

print(safe_div(1, 0), safe_div(-1, 0), safe_div(0, 0), safe_div(1, 4))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    print(round(inf))
except OverflowError as e:
    print("OverflowError:", e)
print(inf.is_integer(), math.copysign(1.0, -0.0))
print(hash(inf), hash(ninf), hash(0.0), hash(-0.0), hash(1.0), hash(2.5))
