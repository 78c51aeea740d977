# Assignment expressions (:=) in conditions, comprehensions and loops.

data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")

values = iter(["10", "20", "x", "30"])
total = 0
while (item := next(values, None)) is not None:
    if not item.isdigit():
        print("skipping", repr(item))
        continue
    total += int(item)
print("total", total)

results = [y for x in data if (y := x * x) % 2 == 0]
print(results, y)
print([(x, half) for x in range(10) if (half := x // 2) > 2])

def parse(line):
    if (eq := line.find("=")) != -1:
        return line[:eq].strip(), line[eq + 1:].strip()
    return None

for line in ["a = 1", "no equals", "key=value=x"]:
    if (pair := parse(line)) is not None:
        print("pair", pair)
    else:
        print("bad line", repr(line))

chunks = []
text = "abcdefghij"
pos = 0
while chunk := text[pos:pos + 3]:
    chunks.append(chunk)
    pos += 3
print(chunks)
running = 0
print([running := running + v for v in [1, 2, 3, 4]], running)
print((z := 5) * 2, z)
def f(x):
    return x * 10
print([fx for x in range(5) if (fx := f(x)) >= 20])
