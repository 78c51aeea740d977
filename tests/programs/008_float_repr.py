# repr/str of floats uses the shortest round-tripping representation.

values = [0.1 + 0.2, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
          2.5e-7, 0.0001, 0.00001, 1e-5, 1.5e300, 1e22, 1e21, 1e-4, 100.0, -0.0,
          3.0, 2.675, 1.1 * 3, 9007199254740993.0, 5e-324, 1.7976931348623157e308,
          0.30000000000000004, 12345.678, 1e100, -1.25e-10, 4.35, 0.5, 1234567890123456.7]

for v in values:
    print(repr(v), str(v), v)

print(float(10), float(-3), 7 / 7, 10 / 4, 1 / 8)
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15)
print([1.0, 2.5, -0.0, 1e16], (0.1, 0.7))
print({"pi": 3.14159, "tiny": 1e-9})

total = 0.0
for _ in range(10):
    total += 0.1
print("sum of ten 0.1:", total, total == 1.0)

print(sum([0.1] * 10), 0.1 * 10)
print(2 ** 0.5, 10 ** 0.5, 2 ** -0.5)
print(1e16 + 1, 1e16 + 2, 2.0 ** 63, 2.0 ** 64)
print(3.14.is_integer(), 3.0.is_integer(), (1e20).is_integer())
print(int(3.99), int(-3.99), int(1e15), round(2.5), round(3.5))
print(1e300 * 10, float("1e500"), -1e300 * 1e10)
print(7.0 // 2, 7.0 % 2, -7.0 // 2, 1e300 * 1e300 > 1e308)
print(0.1 + 0.7, 1.1 + 2.2, 3.3 - 1.1, 1.15 * 100)

def mean(xs):
    return sum(xs) / len(xs)

data = [2.5, 3.75, 1.125, 9.0, 4.4]
print("mean:", mean(data))
print("scaled:", [x * 1.1 for x in data])
