# min, max (key, default, multiple args), sum (start), on varied inputs.

nums = [4, -2, 17, 0, 9, -11, 3]
print(min(nums), max(nums), min(4, 2, 8), max("apple", "pear", "fig"), min("zebra"), max(range(5)))
print(max(nums, key=abs), min(nums, key=lambda n: (n % 5, n)), max([], default="empty"), min((), default=None))
print(max([3, 1, 3], key=lambda x: 0), min(["bb", "a", "cc"], key=len), max(["bb", "a", "cc"], key=len))
print(sum(nums), sum([]), sum(range(10), 100), sum([0.1] * 3), sum([[1], [2, 3]], []), sum((1.5, 2), start=1))
print(sum([True, True, False]), sum(x * x for x in range(4)), sum([10 ** 20, 1, -(10 ** 20)]))

students = [("amy", 88, 92), ("ben", 95, 70), ("cal", 70, 99), ("dee", 88, 91)]
best_total = max(students, key=lambda s: s[1] + s[2])
best_first = max(students, key=lambda s: s[1])
worst_second = min(students, key=lambda s: s[2])
print(best_total, best_first, worst_second)
print(max(students)[0], min(s[1] for s in students), sum(s[2] for s in students) / len(students))

prices = {"tea": 3.5, "cake": 4.25, "scone": 2.75}
print(max(prices), max(prices, key=prices.get), min(prices.values()), sum(prices.values()))
print(max(prices.items(), key=lambda kv: kv[1]))

def argmax(values):
    return max(range(len(values)), key=values.__getitem__)

print(argmax([3, 9, 2, 9, 1]), argmax([-5]), argmax("hello"))
errors = [
    lambda: max([]),
    lambda: min([], key=len),
    lambda: max(),
    lambda: sum(["a", "b"]),
    lambda: sum([1, "a"]),
    lambda: max(1, "a"),
    lambda: max(5),
]
for f in errors:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
