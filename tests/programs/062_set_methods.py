# Set methods: add, discard, remove, pop, update and the *_update family.

s = {5, 3, 1}
s.add(4)
s.add(3)
print(s)
s.discard(10)
s.discard(5)
print(s)
s.remove(4)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
s.update([10, 11], range(3), {20})
print(s)
print(s.union([1, 99], (100,)), s.intersection(range(5), [0, 1, 2, 3]), s.difference({10, 11}, [0]))
print(s.symmetric_difference([1, 2, 50]), s.issubset(range(30)), s.issuperset([0, 1]), s.isdisjoint([7, 8]))
t = s.copy()
t.intersection_update({0, 1, 2, 3, 10, 55})
print(t)
t.difference_update([0, 10])
print(t)
t.symmetric_difference_update({2, 3})
print(t)
popped = []
while t:
    popped.append(t.pop())
print(sorted(popped), t)
try:
    t.pop()
except KeyError as e:
    print("KeyError:", e)
u = {1, 2}
u.clear()
print(u, len(u), bool(u))

def dedupe_keep_order(items):
    seen = set()
    result = []
    for item in items:
        if item not in seen:
            seen.add(item)
            result.append(item)
    return result

print(dedupe_keep_order([3, 1, 3, 2, 1, 5, 2, 9]))
print(dedupe_keep_order("mississippi"))

visited = set()
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [1], 5: [], 6: [1]}
def reach(node):
    if node in visited:
        return
    visited.add(node)
    for nxt in graph[node]:
        reach(nxt)
reach(1)
print(visited, set(graph) - visited)
letters = set("hello world")
print(len(letters), "l" in letters, sorted(letters))
