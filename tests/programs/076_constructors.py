# Builtin constructors and conversions: int, float, str, bool, list, tuple, dict, set, bytes.

print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes())
print(int("12"), int(12.9), int(-0.1), float("2.50"), float(7), str(12), str(1.0), str([1, "2"]))
print(bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(None), bool(set()), bool(range(0)))
print(bool(1), bool(-0.1), bool(" "), bool([0]), bool({0: 0}), bool((None,)), bool(b"\x00"))
print(list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)), list({3, 1, 2}))
print(tuple([1, 2]), tuple("xy"), tuple(x for x in range(3)), tuple({"k": "v"}.items()))
print(dict([(1, "a"), (2, "b")]), dict(a=1), dict({"x": 1}, y=2), dict(zip("ab", "cd")), dict([("k", 1)], k=2))
print(set("hello") == {"h", "e", "l", "o"}, sorted(set("hello")), set([1, 1, 2]), frozenset([2, 2]))
print(bytes([104, 105]), bytes("hi", "ascii"), bytes(3), bytes(range(3)), bytes(b"copy"))
print(str(b"bytes"), str(None), str(True), str(-0.0), str(10 ** 20), str(1e20), str((1, "a")))
print(repr(str("q'")), int(True) + int(False), float(False), float(" -1.5 "))

def parse_record(text):
    fields = text.split(";")
    return {
        "id": int(fields[0]),
        "price": float(fields[1]),
        "tags": tuple(t for t in fields[2].split(",") if t),
        "active": fields[3] == "yes",
        "name": str(fields[4]).strip(),
    }

for line in ["1;9.99;a,b;yes; Widget ", "22;0.5;;no;Gizmo", "333;1e3;x;yes;  "]:
    rec = parse_record(line)
    print(rec, bool(rec["tags"]), bool(rec["name"]))
codes = [ord(c) for c in "hello"]
codes[0] = ord("j")
codes.append(33)
data = bytes(codes)
print(data, list(data), len(data), data.decode(), data[1:3], str(data, "ascii"))
errors = [lambda: list(5), lambda: dict([1, 2]), lambda: tuple(None), lambda: set(3.5), lambda: bytes("x")]
for f in errors:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
