# Exact messages of arithmetic errors.
import math

def check(label, fn):
    try:
        result = fn()
        print(f"{label:<28} ok: {result!r}")
    except Exception as e:
        print(f"{label:<28} {type(e).__name__}: {e}")

check("1 / 0", lambda: 1 / 0)
check("1 // 0", lambda: 1 // 0)
check("1 % 0", lambda: 1 % 0)
check("divmod(1, 0)", lambda: divmod(1, 0))
check("1.0 / 0", lambda: 1.0 / 0)
check("1 / 0.0", lambda: 1 / 0.0)
check("1.5 // 0.0", lambda: 1.5 // 0.0)
check("1.5 % 0.0", lambda: 1.5 % 0.0)
check("divmod(2.0, 0.0)", lambda: divmod(2.0, 0.0))
check("0 ** -1", lambda: 0 ** -1)
check("0.0 ** -1", lambda: 0.0 ** -1)
check("(10**400) / 1", lambda: (10 ** 400) / 1)
check("float(10**400)", lambda: float(10 ** 400))
check("10**400 * 1.0", lambda: 10 ** 400 * 1.0)
check("math.exp(1000)", lambda: math.exp(1000))
check("math.sqrt(-1)", lambda: math.sqrt(-1))
check("math.log(0)", lambda: math.log(0))
check("math.log(-5)", lambda: math.log(-5))
check("pow(2, -1, 4)", lambda: pow(2, -1, 4))
check("pow(2, 3, 0)", lambda: pow(2, 3, 0))
check("pow(2.0, 3, 5)", lambda: pow(2.0, 3, 5))
check("int(1e400)", lambda: int(float("1e400")))
check("round(float('nan'))", lambda: round(float("nan")))
check("math.factorial(-1)", lambda: math.factorial(-1))
check("math.ldexp(1.0, 5000)", lambda: math.ldexp(1.0, 5000))
check("10 / (5 - 5)", lambda: 10 / (5 - 5))
check("[1, 2][0] % 0", lambda: [1, 2][0] % 0)

def average(values):
    return sum(values) / len(values)

for data in [[1, 2, 3], []]:
    try:
        print("average:", average(data))
    except ZeroDivisionError as e:
        print("cannot average empty list:", e)
