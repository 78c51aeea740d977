# A hand-written JSON-like pretty printer and a compact serializer for nested data.

def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32 or ord(ch) > 126:
            out.append("\\u%04x" % ord(ch) if ord(ch) < 0x10000 else ch)
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'

def dumps(value, indent=2, level=0):
    pad = " " * (indent * level)
    inner = " " * (indent * (level + 1))
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [inner + dumps(v, indent, level + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [inner + escape(str(k)) + ": " + dumps(v, indent, level + 1) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")

def compact(value):
    if isinstance(value, dict):
        return "{" + ",".join(escape(str(k)) + ":" + compact(v) for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(compact(v) for v in value) + "]"
    return dumps(value)

doc = {
    "name": "weft",
    "version": [0, 1, 0],
    "stable": False,
    "license": None,
    "ratio": 0.75,
    "authors": [{"name": "Ada", "email": "ada@example.com"}, {"name": "Zoë \"Z\" Tab\t", "roles": []}],
    "deps": {},
    "matrix": [[1, 2], [3, [4, 5]]],
    "big": 2 ** 70,
}
print(dumps(doc))
print(compact(doc))
print(dumps([]), dumps({}), dumps("line\nbreak"), dumps(1e-7), dumps((1, "two")))
print(dumps({"nested": {"deeper": {"deepest": [None, True]}}}, indent=4))
try:
    dumps({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(len(dumps(doc).splitlines()), compact(doc).count(":"))
