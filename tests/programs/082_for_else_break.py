# for/else, break/continue in nested loops, loop variable after loop.

def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, value in enumerate(row):
            if value == target:
                print(f"found {target} at ({r}, {c})")
                break
        else:
            continue
        break
    else:
        print(f"{target} not found")

grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
search(grid, 5)
search(grid, 9)
search(grid, 10)

for i in range(3):
    pass
print("i after loop:", i)
for j in []:
    pass
else:
    print("empty for-else runs")

primes = []
for n in range(2, 50):
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)

pairs = []
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c != c2 or c >= 20:
            continue
        pairs.append((a, b, c))
print(pairs)

total = 0
for x in range(100):
    if x % 2:
        continue
    if x > 20:
        break
    total += x
print("total", total)

words = ["apple", "bob", "kayak", "level", "python"]
for w in words:
    if w == w[::-1] and len(w) > 3:
        print("first long palindrome:", w)
        break
for outer in "ab":
    for inner in "xyz":
        if inner == "y":
            continue
        print(outer + inner, end=" ")
print()
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)
