# iter() and next() with defaults, StopIteration, and manual iteration protocols.

it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration raised", repr(e), e.args)

s = iter("hey")
print(list(s), list(s))
d = iter({"a": 1, "b": 2})
print(next(d), next(d), next(d, "end"))
r = iter(range(3))
print(type(r).__name__, [next(r) for _ in range(3)])
g = (x * x for x in range(4))
print(next(g), next(g), list(g), next(g, -1))
same = iter([1, 2])
print(iter(same) is same)

def take(n, iterable):
    it = iter(iterable)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out

print(take(3, "abcdef"), take(10, [1, 2]), take(0, [1]))

def chunked(iterable, size):
    it = iter(iterable)
    chunks = []
    while True:
        chunk = take(size, it)
        if not chunk:
            return chunks
        chunks.append(chunk)

print(chunked(range(10), 4), chunked([], 3))

def first_match(pred, items, default=None):
    return next((x for x in items if pred(x)), default)

print(first_match(lambda x: x > 3, [1, 5, 2, 7]), first_match(str.isupper, "abc", "none"))
lines = iter(["header", "a=1", "b=2", "", "ignored"])
header = next(lines)
body = []
for line in lines:
    if not line:
        break
    body.append(line)
print(header, body, list(lines))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)
