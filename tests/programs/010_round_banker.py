# round() uses round-half-to-even, and rounds floats by their exact value.

for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5, 5.5]:
    print("round(%s) = %s" % (x, round(x)))

print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(-3.14159, 1), round(1234.5678, -2), round(1250.0, -2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7), round(-7, 2), round(10 ** 30 + 5, -1), round(12345, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0), round(-0.4))
print(round(1e20), round(123.456, 10), round(0.1 + 0.2, 15), round(5e-7, 6))

def round_half_up(x, places=0):
    m = 10 ** places
    return int(x * m + (0.5 if x >= 0 else -0.5)) / m

prices = [19.995, 0.125, 2.5, 99.985, 10.0049]
for p in prices:
    print(p, "->", round(p, 2), "half-up:", round_half_up(p, 2))

def format_money(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return "%s$%d.%02d" % (sign, cents // 100, cents % 100)

amounts = [12.345, -0.5, 1000.0, 7.005]
for a in amounts:
    print(a, format_money(round(a * 100)))

totals = [round(x / 7, 4) for x in range(1, 8)]
print(totals)
print(sum(totals), round(sum(totals), 2))
