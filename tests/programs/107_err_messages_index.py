# Exact messages for indexing, key and lookup errors.

def check(label, fn):
    try:
        result = fn()
        print(f"{label:<26} ok: {result!r}")
    except Exception as e:
        print(f"{label:<26} {type(e).__name__}: {e}")

lst = [1, 2, 3]
tup = (1, 2)
s = "abc"
d = {"a": 1, 2: "b", (1, 2): "t"}
check("lst[3]", lambda: lst[3])
check("lst[-4]", lambda: lst[-4])
check("tup[2]", lambda: tup[2])
check("s[10]", lambda: s[10])
check("b'ab'[5]", lambda: b"ab"[5])
check("range(3)[3]", lambda: range(3)[3])
check("d['zz']", lambda: d["zz"])
check("d[3]", lambda: d[3])
check("d[(2, 1)]", lambda: d[(2, 1)])
check("d[None]", lambda: d[None])
check("{}.pop('x')", lambda: {}.pop("x"))
check("[].pop()", lambda: [].pop())
check("[1].pop(5)", lambda: [1].pop(5))
check("lst.index(9)", lambda: lst.index(9))
check("lst.remove(9)", lambda: lst.remove(9))
check("tup.index(9)", lambda: tup.index(9))
check("s.index('z')", lambda: s.index("z"))
check("s.rindex('z')", lambda: s.rindex("z"))
check("set().pop()", lambda: set().pop())
check("{1}.remove(2)", lambda: {1}.remove(2))
check("lst['a']", lambda: lst["a"])
check("lst[1.0]", lambda: lst[1.0])
check("s[None]", lambda: s[None])
check("tup['x']", lambda: tup["x"])
five = 5
nothing = None
check("5[0]", lambda: five[0])
check("None[0]", lambda: nothing[0])
check("len(5)", lambda: len(5))
check("{}['k'] (key repr)", lambda: {}["it's"])
check("nested key", lambda: {"a": {"b": {}}}["a"]["b"]["c"])

def get_path(data, path):
    for key in path:
        data = data[key]
    return data

config = {"server": {"ports": [80, 443], "name": "web"}}
for path in [["server", "name"], ["server", "ports", 1], ["server", "ports", 2], ["client"], ["server", "name", 0]]:
    try:
        print(path, "->", get_path(config, path))
    except (KeyError, IndexError, TypeError) as e:
        print(path, "->", type(e).__name__, e)
