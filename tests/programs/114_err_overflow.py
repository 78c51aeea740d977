# OverflowError and related limits of float conversion.
import math
import sys

def check(label, fn):
    try:
        result = fn()
        print(f"{label:<26} ok: {result!r}")
    except (OverflowError, ValueError, MemoryError) as e:
        print(f"{label:<26} {type(e).__name__}: {e}")

big = 10 ** 400
check("float(big)", lambda: float(big))
check("big / 3", lambda: big / 3)
check("big // 3 digits", lambda: len(str(big // 3)))
check("big * 0.5", lambda: big * 0.5)
check("big + 0.5", lambda: big + 0.5)
check("math.sqrt(big)", lambda: math.sqrt(big))
check("math.isqrt(big) digits", lambda: len(str(math.isqrt(big))))
check("math.log10(big)", lambda: math.log10(big))
check("math.log(big)", lambda: round(math.log(big), 6))
check("math.exp(710)", lambda: math.exp(710))
check("math.exp(709) finite", lambda: math.isfinite(math.exp(709)))
check("math.pow(10, 400)", lambda: math.pow(10, 400))
check("math.cosh(1000)", lambda: math.cosh(1000))
check("1e308 * 10", lambda: 1e308 * 10)
check("int(float('inf'))", lambda: int(float("inf")))
check("round(1e308, -400)", lambda: round(1e308, -400))
check("big == float('inf')", lambda: big == float("inf"))
check("big < 1e308", lambda: big < 1e308)
check("(2**1023) * 2.0", lambda: (2 ** 1023) * 2.0)
check("float(2**1023)", lambda: float(2 ** 1023))
check("float(2**1024)", lambda: float(2 ** 1024))
check("1 / big", lambda: 1 / big)
check("big / big", lambda: big / big)
check("(big+1) / big", lambda: (big + 1) / big)
check("math.factorial(170) float", lambda: float(math.factorial(170)) > 0)
check("math.factorial(171) float", lambda: float(math.factorial(171)))
check("math.ldexp(1, 1024)", lambda: math.ldexp(1, 1024))
check("sys.maxsize + 1", lambda: sys.maxsize + 1)
check("[0] * (sys.maxsize + 1)", lambda: [0] * (sys.maxsize + 1))
