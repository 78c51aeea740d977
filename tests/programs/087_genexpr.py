# Generator expressions consumed by sum/any/all/sorted/list/tuple/min/max/dict/str.join.

nums = [3, 8, 1, 9, 4, 7, 2]
print(sum(x * x for x in nums), sum(x for x in nums if x % 2), max(x % 5 for x in nums))
print(any(x > 8 for x in nums), all(x > 0 for x in nums), any(x < 0 for x in nums))
print(sorted((x for x in nums), reverse=True), list(x // 2 for x in nums), tuple(str(x) for x in nums))
print(min((abs(x - 5), x) for x in nums), dict((x, x ** 2) for x in nums[:3]), set(x % 3 for x in nums))
print(", ".join(f"<{x}>" for x in nums), "".join(c.upper() for c in "shout" if c != "o"))
g = (n * 10 for n in range(3))
print(type(g).__name__, list(g), list(g), sum(g))
lines = ["alpha 3", "beta 10", "gamma 7", "delta x", "eps 1"]
values = (line.split()[1] for line in lines)
numbers = (int(v) for v in values if v.isdigit())
print(sum(numbers))
total_chars = sum(len(w) for line in lines for w in line.split())
print(total_chars)
matrix = [[1, 2], [3, 4], [5, 6]]
print(sum(sum(row) for row in matrix), max(max(r) for r in matrix), list(v for r in matrix for v in r))

def running_mean(values):
    total = 0
    for i, v in enumerate(values, 1):
        total += v
        print(f"  after {i}: {total / i:.3f}")
    return total / len(values)

print(running_mean(list(x for x in range(1, 6))))
evens = (n for n in range(10) if n % 2 == 0)
print(next(evens), next(evens), 4 in evens, list(evens))
print(sum(1 for _ in "count me"), len(list(x for x in range(7) if x & 1)))
pairs = ((a, b) for a in range(3) for b in "xy")
print(list(pairs))
print(sorted(("%s=%d" % kv for kv in {"b": 2, "a": 1}.items())), max((len(w), w) for w in ["hi", "hello", "hey"]))
