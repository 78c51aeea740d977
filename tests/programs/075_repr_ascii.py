# repr() and ascii() of nested containers and special values; str vs repr.

values = [None, True, 0, -12, 3.0, -0.5, 1e-10, "it's", 'q"', b"\x00a", [], (), {}, set(),
          [1, [2, (3, {4: "x"})]], (1,), ("a", "b"), {"k": [None, False]}, {1, 2}, frozenset({3}),
          range(1, 5, 2), [1.5, "é", b"\xc3"], {"tab\t": "nl\n"}, ((),), [[]], {(): ()}]
for v in values:
    print(repr(v), "|", str(v), "|", ascii(v))

print(repr(print)[:18], repr(len), repr(str.upper)[:25])
print(repr(repr), str(int), repr(None), str(None), repr(Ellipsis), ...)

def short_repr(obj, limit=30):
    r = repr(obj)
    return r if len(r) <= limit else r[:limit - 3] + "..."

print(short_repr(list(range(100))))
print(short_repr("x" * 10))
print(short_repr({"name": "a very long string value indeed"}))

def to_literal(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        inner = ",\n".join(pad + "  " + repr(k) + ": " + to_literal(v, indent + 1) for k, v in obj.items())
        return "{\n" + inner + "\n" + pad + "}"
    if isinstance(obj, list):
        return "[" + ", ".join(to_literal(v, indent) for v in obj) + "]"
    return repr(obj)

print(to_literal({"id": 7, "tags": ["a", "b"], "meta": {"ok": True, "ratio": 0.25, "empty": {}}}))
recursive = {"self": None}
recursive["self"] = recursive
print(recursive)
lst = [1]
lst.append([lst])
print(lst, ascii(["ü", lst]))
