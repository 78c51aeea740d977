# Mixing bools, ints and floats; numeric truthiness and conversions.

values = [0, 1, -1, 0.0, -0.0, 2.5, True, False, 10 ** 20, float("nan")]
for v in values:
    print(repr(v), bool(v), type(v).__name__)

print(True + 1.5, False * 3.0, 3 * True, True / 2, True // 1, -True)
print(1 == 1.0, True == 1, False == 0.0, 2 == 2.0000000001, hash(True) == hash(1))
print(isinstance(True, int), isinstance(1, bool), type(True + True).__name__)
print(1 + 2.0, 3 - 1.0, 2 * 0.5, 7 / 7, 9 // 2.0, 2 ** 0.5 * 2 ** 0.5)
print(int(7.9999999999999999), int(-0.5), float(int(3.9)))

def describe(x):
    if isinstance(x, bool):
        kind = "bool"
    elif isinstance(x, int):
        kind = "int"
    elif isinstance(x, float):
        kind = "float"
    else:
        kind = "other"
    sign = "zero" if x == 0 else ("positive" if x > 0 else "negative")
    return kind + " " + sign

for v in [0, -3, 4.5, True, False, -0.0, 10 ** 50, -2.5]:
    print(v, "->", describe(v))

print(sum([True, True, False, True]), sum([0.5, 1, True]), max(True, 0.5), min(False, -0.0))
print(divmod(7, 2.0), divmod(-7, True), 10 % 3.5, 2 ** True)
counts = {}
for key in [1, 1.0, True, 2, 2.0]:
    counts[key] = counts.get(key, 0) + 1
print(counts)
print({1: "a", True: "b", 1.0: "c"})
print([1, 2] == [1.0, 2.0], (1, True) == (1.0, 1), 0 == False == 0.0)
