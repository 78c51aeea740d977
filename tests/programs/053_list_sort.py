# Sorting: stability, key functions, reverse, multi-key sorts, sorted() vs sort().

people = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 30, "SF"), ("dave", 25, "NY"),
          ("eve", 35, "LA"), ("frank", 30, "LA"), ("grace", 25, "SF")]

by_age = sorted(people, key=lambda p: p[1])
print([p[0] for p in by_age])
by_age_desc = sorted(people, key=lambda p: p[1], reverse=True)
print([p[0] for p in by_age_desc])
by_city_then_age = sorted(people, key=lambda p: (p[2], p[1]))
print([(p[2], p[1], p[0]) for p in by_city_then_age])
two_pass = sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[2])
print([p[0] for p in two_pass])
print(sorted(people, key=lambda p: (-p[1], p[0]))[:3])

words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig", "Elderberry"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
words.sort(key=lambda w: w[-1])
print(words)

nums = [3, -1, 4, -1, 5, -9, 2, 6, -5, 3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.sort(key=abs)
print(nums)
print(sorted(nums, key=lambda n: (n % 3, n)))
print(sorted([[3, 1], [1, 2], [3, 0], [1]]), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(sorted("hello world"), sorted({3: "c", 1: "a", 2: "b"}), sorted((5, 2, 8)))
print(sorted([0.5, -2, 3, 1.5, True]), sorted([], reverse=True))
result = [5, 2, 7].sort()
print(result)
try:
    sorted([1, "two"])
except TypeError as e:
    print("TypeError:", e)
try:
    [None, 1].sort()
except TypeError as e:
    print("TypeError:", e)

def median(values):
    s = sorted(values)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2

print(median([7, 1, 3]), median([4, 1, 3, 2]), median([10]))
