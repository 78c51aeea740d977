# f-strings: expressions, conversions, nested specs, self-documenting '='.

name = "Weft"
version = (0, 1, 2)
scores = {"alice": 91.5, "bob": 78.25}
values = [3, 1, 4, 1, 5, 9, 2, 6]

print(f"{name} v{version[0]}.{version[1]}.{version[2]}")
print(f"{name.upper()} has {len(name)} letters; reversed: {name[::-1]}")
print(f"sum={sum(values)} max={max(values)} avg={sum(values) / len(values):.3f}")
print(f"{scores['alice']:6.2f} | {scores['bob']:>8} | {'nested ' + 'quotes'}")
print(f"{name!r} {name!s} {'é'!a} {3 + 4!r}")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")
width, precision = 12, 4
for x in [3.14159265, 2.5, 1000 / 7]:
    print(f"[{x:{width}.{precision}f}] [{x:<{width}.{precision - 2}e}] [{x:^{width}}]")
print(f"{2 ** 10} {7 // 2} {-7 % 3} {10 / 4} {1 if values else 0} {[v * 2 for v in values[:3]]}")
print(f"{'yes' if len(values) > 5 else 'no'} {values.count(1)} {sorted(values)[-3:]}")
x = 42
print(f"{x=} {x * 2 = } {name=!s} {x=:08b}")
print(f"{{braces}} {{{x}}} {'}'} {x:{'>'}{6}}")
print(f"{x:#x} {x:#o} {x:,} {12345678.9:,.2f} {0.125:.1%} {1e6:_.0f}")
d = {"k": [10, 20, {"deep": "value"}]}
print(f"{d['k'][2]['deep']!r:>12} {len(d['k']) ** 2}")
lam = (lambda n: n * n)
print(f"{lam(7)} {(lambda: 'inline')()} {','.join(f'{i:02d}' for i in range(4))}")
print(f"multi" f"part {x}" "plain" f"{x}")
rows = [("a", 1), ("bb", 22), ("ccc", 333)]
w = max(len(k) for k, _ in rows)
for k, v in rows:
    print(f"{k:>{w}} : {v:<5}:")
print(f"""triple
quoted {name}""")
print(F"upper-F {x}", rf"raw\n{x}", fr"\t{name}")
