# Conway's Game of Life on a small toroidal grid, with a glider and a blinker.

def parse(picture):
    rows = [line for line in picture.strip("\n").split("\n")]
    return {(r, c) for r, line in enumerate(rows) for c, ch in enumerate(line) if ch == "#"}

def neighbours(cell, height, width):
    r, c = cell
    return [((r + dr) % height, (c + dc) % width)
            for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]

def step(alive, height, width):
    counts = {}
    for cell in alive:
        for n in neighbours(cell, height, width):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in alive)}

def render(alive, height, width):
    return "\n".join("".join("#" if (r, c) in alive else "." for c in range(width)) for r in range(height))

H, W = 8, 10
world = parse("""
.#........
..#.......
###.......
..........
......###.
..........
..........
..........
""")
for gen in range(5):
    print(f"generation {gen} ({len(world)} alive)")
    print(render(world, H, W))
    world = step(world, H, W)

for _ in range(27):
    world = step(world, H, W)
print("after 32 generations:", len(world), "alive")
print(render(world, H, W))
print(sorted(world)[:6])

block = parse("##\n##")
print("block is still life:", step(block, 6, 6) == block)
blinker = parse("###")
b1 = step(blinker, 5, 5)
print("blinker period 2:", b1 != blinker, step(b1, 5, 5) == blinker, sorted(b1))
