# Breadth-first search on a grid maze with collections.deque.
from collections import deque

MAZE = """\
S.#.......
.##.####..
....#..#.#
.##...#...
...##.#.#E
""".splitlines()

ROWS, COLS = len(MAZE), len(MAZE[0])


def find(ch):
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c >= 0:
            return r, c


def bfs(start, goal):
    queue = deque([start])
    came_from = {start: None}
    while queue:
        cur = queue.popleft()
        if cur == goal:
            break
        r, c = cur
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < ROWS and 0 <= nc < COLS and MAZE[nr][nc] != "#" and (nr, nc) not in came_from:
                came_from[(nr, nc)] = cur
                queue.append((nr, nc))
    path = deque()
    node = goal
    while node is not None:
        path.appendleft(node)
        node = came_from.get(node)
    return path


start, goal = find("S"), find("E")
path = bfs(start, goal)
print("steps:", len(path) - 1)
grid = [list(row) for row in MAZE]
for r, c in list(path)[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
print(path[0], path[-1], path.maxlen)

# sliding window maximum with a monotonic deque
def window_max(nums, k):
    dq, out = deque(), []
    for i, x in enumerate(nums):
        while dq and nums[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out

print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))

# a bounded history
history = deque(maxlen=3)
for cmd in ["ls", "cd /", "pwd", "echo hi", "exit"]:
    history.append(cmd)
    print(list(history))
print(history, len(history), history.maxlen)
