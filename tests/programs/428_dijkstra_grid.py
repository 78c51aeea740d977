# Shortest paths on a weighted grid: Dijkstra with heapq, neighbours with
# itertools.product, path reconstruction, and a memoised count of routes.
import heapq
from itertools import product, pairwise, accumulate
from functools import lru_cache

GRID = """\
131673
213952
630118
993713
115428""".splitlines()
cost = [[int(c) for c in row] for row in GRID]
H, W = len(cost), len(cost[0])

def neighbours(r, c):
    for dr, dc in product((-1, 0, 1), repeat=2):
        if abs(dr) + abs(dc) == 1 and 0 <= r + dr < H and 0 <= c + dc < W:
            yield r + dr, c + dc

def dijkstra(start, goal):
    dist = {start: cost[start[0]][start[1]]}
    prev = {}
    heap = [(dist[start], start)]
    popped = 0
    while heap:
        d, node = heapq.heappop(heap)
        popped += 1
        if node == goal:
            break
        if d > dist[node]:
            continue
        for nb in neighbours(*node):
            nd = d + cost[nb[0]][nb[1]]
            if nd < dist.get(nb, float("inf")):
                dist[nb] = nd
                prev[nb] = node
                heapq.heappush(heap, (nd, nb))
    path = [goal]
    while path[-1] != start:
        path.append(prev[path[-1]])
    return dist[goal], path[::-1], popped

total, path, popped = dijkstra((0, 0), (H - 1, W - 1))
print("cost", total, "steps", len(path) - 1, "popped", popped)
print(" -> ".join(f"{r}{c}" for r, c in path))
steps = [cost[r][c] for r, c in path]
print(list(accumulate(steps))[-1] == total, [b[0] - a[0] + b[1] - a[1] for a, b in pairwise(path)])

@lru_cache(maxsize=None)
def routes(r, c):
    """Monotone (right/down) routes from (r, c) to the bottom-right corner."""
    if r == H - 1 or c == W - 1:
        return 1
    return routes(r + 1, c) + routes(r, c + 1)
print(routes(0, 0), routes.cache_info())

for r, row in enumerate(cost):
    print("".join("*" if (r, c) in set(path) else "." for c in range(W)))
