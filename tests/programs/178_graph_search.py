# Graph algorithms on dict-of-lists graphs: BFS shortest path, DFS, topological sort, Dijkstra.

edges = [("home", "park", 4), ("home", "shop", 2), ("shop", "park", 1), ("park", "school", 5),
         ("shop", "library", 7), ("library", "school", 1), ("school", "gym", 3), ("pool", "gym", 2)]
graph = {}
for a, b, w in edges:
    graph.setdefault(a, []).append((b, w))
    graph.setdefault(b, []).append((a, w))
for node in graph:
    graph[node].sort()
print({k: [n for n, _ in v] for k, v in sorted(graph.items())})

def bfs_path(start, goal):
    queue = [[start]]
    seen = {start}
    while queue:
        path = queue.pop(0)
        node = path[-1]
        if node == goal:
            return path
        for nxt, _ in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(path + [nxt])
    return None

def dfs_order(start):
    order, stack, seen = [], [start], set()
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        for nxt, _ in reversed(graph[node]):
            if nxt not in seen:
                stack.append(nxt)
    return order

def dijkstra(start):
    dist = {start: 0}
    prev = {}
    todo = [start]
    done = []
    while todo:
        todo.sort(key=lambda n: (dist[n], n))
        node = todo.pop(0)
        if node in done:
            continue
        done.append(node)
        for nxt, w in graph[node]:
            nd = dist[node] + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                todo.append(nxt)
    return dist, prev

print("bfs home->gym:", bfs_path("home", "gym"))
print("bfs pool->library:", bfs_path("pool", "library"))
print("dfs from home:", dfs_order("home"))
dist, prev = dijkstra("home")
for node in sorted(dist, key=lambda n: (dist[n], n)):
    path, cur = [node], node
    while cur in prev:
        cur = prev[cur]
        path.append(cur)
    print(f"  {node:<8} {dist[node]:>3}  via {' -> '.join(reversed(path))}")

deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "fmt"], "core": [], "fmt": [], "tests": ["app"]}
def topo(deps):
    order, state = [], {}
    def visit(n):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError(f"cycle detected at {n!r}")
        state[n] = "active"
        for d in deps[n]:
            visit(d)
        state[n] = "done"
        order.append(n)
    for n in sorted(deps):
        visit(n)
    return order
print("build order:", topo(deps))
deps["core"] = ["tests"]
try:
    topo(deps)
except ValueError as e:
    print("ValueError:", e)
