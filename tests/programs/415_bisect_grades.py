# bisect: grading, ranking and keeping lists sorted.
import bisect

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 59, 60]])

times = [1.5, 3.0, 3.0, 4.25, 8.0]
print(bisect.bisect_left(times, 3.0), bisect.bisect_right(times, 3.0), bisect.bisect(times, 0))
print(bisect.bisect_left(times, 3.0, 3), bisect.bisect_right(times, 9, 0, 2))

ranking = []
for name, pts in [("eve", 40), ("sam", 75), ("kim", 40), ("lou", 90), ("ada", 60)]:
    bisect.insort(ranking, (pts, name))
print(ranking)
bisect.insort_left(ranking, (40, "aaa"))
bisect.insort_right(ranking, (90, "zed"))
print(ranking)

# key= with records sorted by a field
people = [("zoe", 19), ("max", 25), ("ivy", 31), ("ned", 40)]
ages = lambda p: p[1]
print(bisect.bisect_left(people, 30, key=ages), bisect.bisect_right(people, 25, key=ages))
bisect.insort(people, ("kai", 28), key=ages)
bisect.insort_left(people, ("bo", 19), key=ages)
print(people)

def index_of(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x!r} not found")
words = sorted("the quick brown fox jumps over lazy dogs".split())
print(words, index_of(words, "fox"))
try:
    index_of(words, "cat")
except ValueError as e:
    print(e)
for f in [lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect(5, 1),
          lambda: bisect.insort([1, "a"], 2)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
