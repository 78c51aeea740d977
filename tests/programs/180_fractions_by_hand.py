# Exact rational arithmetic with (numerator, denominator) tuples: harmonic numbers, continued fractions.

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def frac(n, d=1):
    if d == 0:
        raise ZeroDivisionError("denominator is zero")
    if d < 0:
        n, d = -n, -d
    g = gcd(n, d) or 1
    return (n // g, d // g)

def add(x, y):
    return frac(x[0] * y[1] + y[0] * x[1], x[1] * y[1])

def sub(x, y):
    return add(x, (-y[0], y[1]))

def mul(x, y):
    return frac(x[0] * y[0], x[1] * y[1])

def div(x, y):
    return frac(x[0] * y[1], x[1] * y[0])

def show(x):
    return str(x[0]) if x[1] == 1 else f"{x[0]}/{x[1]}"

h = frac(0)
for k in range(1, 21):
    h = add(h, frac(1, k))
    if k in (1, 2, 5, 10, 20):
        print(f"H({k}) = {show(h)} ~ {h[0] / h[1]:.10f}")

print(show(mul(frac(3, 4), frac(2, 9))), show(div(frac(1, 2), frac(-3, 4))), show(sub(frac(1, 3), frac(1, 3))))
print(show(add(frac(1, 6), frac(1, 3))), show(frac(10, -4)), show(frac(0, 5)))

def continued_fraction(x, limit=12):
    terms = []
    n, d = x
    while d and len(terms) < limit:
        q = n // d
        terms.append(q)
        n, d = d, n - q * d
    return terms

def convergent(terms):
    value = frac(terms[-1])
    for t in reversed(terms[:-1]):
        value = add(frac(t), div(frac(1), value))
    return value

print(continued_fraction(frac(415, 93)), show(convergent(continued_fraction(frac(415, 93)))))
sqrt2 = [1] + [2] * 20
for n in (2, 5, 10, 21):
    c = convergent(sqrt2[:n])
    print(f"sqrt(2) convergent {n}: {show(c)} error {abs(c[0] / c[1] - 2 ** 0.5):.3e}")
e_terms = [2] + [x for k in range(1, 12) for x in (1, 2 * k, 1)]
ce = convergent(e_terms)
print("e ~", show(ce), ce[0] / ce[1])
try:
    div(frac(1), frac(0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
total = frac(0)
for k in range(1, 51):
    total = add(total, frac(1, k * (k + 1)))
print("telescoping sum:", show(total))
