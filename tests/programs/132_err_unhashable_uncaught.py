# Using a list as a dict key: TypeError: unhashable type: 'list'.

def manhattan(p):
    return abs(p[0]) + abs(p[1])

seen = {}
points = [(0, 0), (1, 2), (1, 2), (-3, 1), [3, 4], (5, 5)]
print("distances:", [manhattan(p) for p in points])
print("farthest:", max(points, key=manhattan))
for p in points:
    seen[p] = seen.get(p, 0) + 1
    print("recorded", p, "count", seen[p])
print(seen)
