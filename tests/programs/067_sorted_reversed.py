# sorted() and reversed() over different iterables.

data = [5, 2, 9, 1, 5, 6]
print(sorted(data), data, sorted(data, reverse=True), sorted(data, key=lambda x: -x))
print(sorted("Banana"), sorted("Banana", key=str.lower), sorted(("b", "a")), sorted({2: 0, 1: 0}))
print(sorted(range(10), key=lambda x: (x % 3, -x)))
print(list(reversed(data)), list(reversed("abc")), list(reversed(range(1, 10, 3))), list(reversed((1, 2))))
rv = reversed([1, 2, 3])
print(type(rv).__name__, next(rv), list(rv), list(rv))
print(sorted(reversed(data)) == sorted(data), "".join(reversed("stressed")))
d = {"x": 1, "y": 2, "z": 3}
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))

def rank(scores):
    ordered = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    result = []
    prev_score, prev_rank = None, 0
    for i, (name, score) in enumerate(ordered, 1):
        r = prev_rank if score == prev_score else i
        result.append((r, name, score))
        prev_score, prev_rank = score, r
    return result

for r in rank({"ann": 90, "bob": 85, "cat": 90, "dan": 70, "eve": 85, "fay": 100}):
    print(*r)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError:", e)
print(sorted([[2, 1], [1, 2], [1]], key=sum), sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
