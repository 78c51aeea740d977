# type() and isinstance() with builtin types and tuples of types.

values = [3, 2.5, True, "s", b"b", None, [1], (1,), {1: 2}, {1}, frozenset(), range(2), len, print, abs]
for v in values:
    print(repr(v)[:20].ljust(22), type(v), type(v).__name__)

print(type(3) is int, type(True) is bool, type(True) == int, isinstance(True, int), isinstance(3, bool))
print(isinstance(3, (str, float)), isinstance(3, (str, int)), isinstance("x", (list, (tuple, str))))
print(isinstance(None, type(None)), isinstance([], list), isinstance((), list), isinstance(int, type))
print(type(int), type(type), type(type(3)), type(None).__name__, type(len).__name__)
print(int, str, list, dict, bool, float, tuple, set, bytes, object, type)
print(isinstance(5, object), isinstance(object, object), issubclass(bool, int), issubclass(int, (str, object)))

def describe(value):
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (list, tuple)):
        return "sequence of " + ", ".join(describe(v) for v in value)
    if isinstance(value, dict):
        return "mapping"
    if value is None:
        return "nothing"
    return "other: " + type(value).__name__

for v in [1, 2.0, False, "x", [1, "a", [None]], (), {"k": 1}, None, {1, 2}, b""]:
    print(repr(v), "->", describe(v))

converters = {int: "integer", float: "real", str: "string"}
for v in [10, 1.5, "s", True]:
    print(v, converters.get(type(v), "unknown"))
print(type(3)("42") + 1, type("")(3.5), type([])("ab"), type(1.0)("1e3"))
try:
    isinstance(3, "int")
except TypeError as e:
    print("TypeError:", e)
print(type(3) == type(4), type(3) != type(3.0), type([]) in (list, tuple))
