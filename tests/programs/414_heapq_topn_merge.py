# nlargest / nsmallest / merge: leaderboards and merging sorted logs.
import heapq

scores = {"ana": 88, "bo": 95, "cy": 72, "di": 95, "ed": 60, "fa": 91, "gu": 88}
print(heapq.nlargest(3, scores, key=scores.get))
print(heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1]))
print(heapq.nlargest(4, scores.values()), heapq.nsmallest(4, scores.values()))
print(heapq.nlargest(1, [5, 9, 2]), heapq.nsmallest(1, [5, 9, 2], key=lambda v: -v))
print(heapq.nlargest(0, [1, 2]), heapq.nlargest(10, [3, 1, 2]), heapq.nsmallest(5, []))
print(heapq.nsmallest(3, iter([7, 3, 9, 1, 4])), heapq.nlargest(2, "hello"))

# ties keep their original order, as CPython's algorithm guarantees
rows = [("x", 1), ("y", 2), ("z", 1), ("w", 2), ("v", 1)]
print(heapq.nsmallest(3, rows, key=lambda r: r[1]))
print(heapq.nlargest(3, rows, key=lambda r: r[1]))

log_a = [(1, "a: boot"), (4, "a: ready"), (9, "a: stop")]
log_b = [(2, "b: boot"), (3, "b: ready"), (10, "b: stop")]
log_c = [(5, "c: ping")]
for t, line in heapq.merge(log_a, log_b, log_c):
    print(t, line)
print(list(heapq.merge([1, 3, 5], [2, 4], [0, 6])))
print(list(heapq.merge(["apple", "fig"], ["kiwi", "banana"], key=len)))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [1])))
