# Comparisons between ints and floats, including large values and sorting.

pairs = [(1, 1.0), (2, 1.9999999999999998), (10 ** 16, 1e16), (10 ** 16 + 1, 1e16),
         (2 ** 53 + 1, float(2 ** 53 + 1)), (-5, -5.0000001), (0, -0.0), (3, float("inf")),
         (10 ** 400, float("inf")), (-(10 ** 400), float("-inf")), (7, float("nan"))]

for a, b in pairs:
    print(f"{a!r:.30} vs {b!r}: < {a < b}  == {a == b}  > {a > b}  <= {a <= b}")

mixed = [3, 2.5, -1, 10 ** 20, 1e19, 0, -0.5, True, 2]
print(sorted(mixed))
print(sorted(mixed, reverse=True))
print(max(mixed), min(mixed))
print(1 < 2.0 < 3 < 3.5, 2 < 1.5 or 5.0 > 4, 1.0 in [1, 2], 2 in (1.0, 2.0))

def classify(score):
    if score >= 89.5:
        return "A"
    elif score >= 79.5:
        return "B"
    elif score >= 69.5:
        return "C"
    return "F"

for s in [100, 89.5, 89.49, 80, 79, 69.5, 12]:
    print(s, classify(s))

print(0.1 + 0.2 > 0.3, 0.1 + 0.2 == 0.3, 1e-17 + 1 == 1)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(round(2.5) == 2, round(3.5) == 4.0, int(2.9) == 2 != 2.9)
