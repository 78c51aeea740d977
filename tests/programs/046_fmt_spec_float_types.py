# Float presentation types: f F e E g G % and none; precision and alternate form.

values = [0.0, -0.0, 1.0, 3.14159265358979, -2.5, 1234.5678, 0.000012345, 1e16, 1.5e-10, 123456789.0, 1e100]
for v in values:
    print(f"{v:f}|{v:.2f}|{v:e}|{v:.3E}|{v:g}|{v:.3g}|{v:G}|{v}|{v:.1}|{v:10.4}|{v:#.3g}")

print(f"{0.5:%}|{0.5:.0%}|{1.23456:.2%}|{-0.001:+.3%}")
print(f"{2.5:.0f}|{3.5:.0f}|{0.125:.2f}|{0.375:.2f}|{2.675:.2f}|{1.0005:.3f}")
print(f"{1e16:,.2f}|{1234567.891:_.3f}|{-1234.5:,}|{0.1:,}|{1e21:,}")
print(f"{3.0:#}|{3.0:#.0f}|{3.0:#.0e}|{3:.2f}|{10 ** 20:.1e}|{10 ** 20:g}")
print(f"{float('inf'):+.2f}|{float('-inf'):e}|{float('nan'):G}|{float('inf'):F}|{float('nan'):08.2f}")
print(f"{123.456:012.4f}|{-123.456:012.4f}|{123.456:+012.4f}|{123.456: .1f}|{123.456:<12.2e}|")
print(f"{1e-5:g}|{1e-4:g}|{123456:g}|{1234567:g}|{0.00001234:.10g}|{1e15:.17g}|{0.1:.20f}")
print(f"{100.0:g}|{100.0:.0g}|{100.0:#.0g}|{1.0:.0e}|{9.99:.1f}|{9.95:.1f}|{-0.0:.1f}|{-1e-10:.2f}")

def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / (n - 1)
    return mean, var, var ** 0.5

data = [12.5, 14.25, 9.75, 11.0, 15.5, 13.125]
m, v, s = stats(data)
print(f"n={len(data)} mean={m:.4f} var={v:.4f} sd={s:.4f} cv={s / m:.2%}")
print(f"{'value':>8} {'z':>7}")
for x in data:
    print(f"{x:8.3f} {(x - m) / s:+7.3f}")
for spec in [".2d", "x", "c", ",.2s"]:
    try:
        print(format(3.5, spec))
    except ValueError as e:
        print("ValueError:", e)
