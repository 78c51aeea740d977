# Tuple packing/unpacking, nested and starred targets, swaps.

point = 3, 4
x, y = point
print(point, x, y, type(point).__name__)
x, y = y, x
print(x, y)
a, b, c = "xyz"
print(a, b, c)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *middle, tail = "abcdef"
print(head, middle, tail)
one, *empty, two = (1, 2)
print(one, empty, two)
(a, *b), [c, d] = [10, 20, 30], "cd"
print(a, b, c, d)
[m, n] = [7, 8]
print(m, n)
single, = [99]
print(single)
t = ()
print(t, len(t), (5,), (5), tuple("ab"), tuple([1, [2]]))

records = [("apple", (1.5, 10)), ("pear", (0.75, 4)), ("plum", (2.0, 0))]
for name, (price, qty) in records:
    print(f"{name}: {price} x {qty} = {price * qty}")

for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)

def min_max_mean(values):
    return min(values), max(values), sum(values) / len(values)

lo, hi, mean = min_max_mean([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)

def fib_pairs(n):
    pairs = []
    a, b = 0, 1
    for _ in range(n):
        pairs.append((a, b))
        a, b = b, a + b
    return pairs

print(fib_pairs(8))
nums = [1, 2, 3]
nums[0], nums[2] = nums[2], nums[0]
print(nums)
i = 0
i, nums[i] = 1, "set"
print(i, nums)
for label, value in [("t", (1, 2)), ("u", ())]:
    print(label, value, bool(value))
print(*(1, 2, 3), sep="-")
print([*range(3), *"ab", *(9,)], (*[1, 2], 3))
