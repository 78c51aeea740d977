# Unpacking errors: not enough / too many values, starred targets, non-iterables.

def unpack3(seq):
    a, b, c = seq
    return a, b, c

def unpack2(seq):
    x, y = seq
    return x, y

def star(seq):
    first, *middle, last = seq
    return first, middle, last

def two_plus_star(seq):
    a, b, *rest, z = seq
    return a, b, rest, z

tests = [
    (unpack3, [1, 2]), (unpack3, [1, 2, 3]), (unpack3, "ab"), (unpack3, "abcd"), (unpack3, []),
    (unpack2, (1, 2, 3)), (unpack2, range(10)), (unpack2, {"k": 1, "j": 2}), (unpack2, 42),
    (unpack2, None), (star, [1]), (star, [1, 2]), (star, "hello"), (two_plus_star, [1, 2]),
    (two_plus_star, [1, 2, 3]), (unpack2, iter([1])), (unpack2, (x for x in range(5))),
]
for fn, arg in tests:
    try:
        print(fn.__name__, repr(arg)[:20], "->", fn(arg))
    except (ValueError, TypeError) as e:
        print(fn.__name__, repr(arg)[:20], "->", type(e).__name__ + ":", e)

def parse_pairs(lines):
    result = {}
    for n, line in enumerate(lines, 1):
        try:
            key, value = line.split("=")
        except ValueError as e:
            print(f"line {n}: {e}")
            continue
        result[key] = value
    return result

print(parse_pairs(["a=1", "b", "c=3=4", "d=4"]))
for row in [(1, 2), (3, 4, 5)]:
    try:
        for a, b in [row]:
            print("row ok", a, b)
    except ValueError as e:
        print("row error:", e)
try:
    [(a, b) for a, b in [(1, 2), (3,)]]
except ValueError as e:
    print("comprehension:", e)
