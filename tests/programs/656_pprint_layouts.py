import pprint, collections, io
data = {
    "name": "weft interpreter project with a fairly long name to force wrapping",
    "version": (0, 1, 2),
    "authors": ["alice", "bob", "carol", "dave", "eve", "mallory", "trent", "peggy", "victor"],
    "matrix": [[i * j for j in range(12)] for i in range(6)],
    "nested": {"a": {"b": {"c": {"d": {"e": [1, 2, 3, {"f": "g" * 30}]}}}}},
    "empty": {}, "elist": [], "etuple": (), "eset": set(),
    "numbers": {1, 2, 3, 100, 1000, 10**12},
    "frozen": frozenset({"x", "y"}) if False else frozenset({5, 3, 1}),
    "single": (1,),
    "mixed": [1, "two", 3.0, None, True, b"bytes", bytearray(b"ba")],
    "long_text": "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.\nUt enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.",
    "blob": bytes(range(60)),
    "ba": bytearray(b"0123456789" * 8),
    42: "int key", (1, 2): "tuple key",
}
for w in (80, 60, 40, 20, 10, 1):
    print("width", w)
    pprint.pprint(data, width=w)
for kw in [dict(indent=4), dict(depth=2), dict(depth=1), dict(compact=True), dict(compact=True, width=30), dict(sort_dicts=False), dict(underscore_numbers=True), dict(indent=3, width=50, compact=True)]:
    print(kw)
    pprint.pprint(data, **kw)
pprint.pp(data, width=50)
print(pprint.pformat(list(range(40))))
print(pprint.pformat(list(range(40)), compact=True, width=40))
s = "x" * 200
pprint.pprint(s)
pprint.pprint([s])
pprint.pprint({"k": "word " * 30})
pprint.pprint(("tuple", "of " * 40))
pprint.pprint(b"abcdefgh" * 20)
pprint.pprint([b"abcdefgh" * 20])
pprint.pprint(bytearray(b"abcdefgh" * 20))
od = collections.OrderedDict((str(i), i * i) for i in range(30))
pprint.pprint(od)
dd = collections.defaultdict(list, {str(i): [i] * 5 for i in range(12)})
pprint.pprint(dd)
c = collections.Counter("the quick brown fox jumps over the lazy dog and keeps running far away")
pprint.pprint(c, width=40)
dq = collections.deque(range(50))
pprint.pprint(dq)
pprint.pprint(collections.deque(range(50), maxlen=60))
cm = collections.ChainMap({"a" * 20: 1, "b" * 20: 2}, {"c" * 30: 3})
pprint.pprint(cm, width=40)
r = [1, 2]; r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, {"a": (2,)}]), pprint.isreadable(object()))
print(pprint.saferepr({"b": 1, "a": [2, 3]}), pprint.saferepr([1, {3: 4, 1: 2}]))
class Obj:
    def __repr__(self): return "Obj()"
print(pprint.isreadable(Obj()), pprint.PrettyPrinter().isreadable([Obj()]))
out = io.StringIO()
pprint.PrettyPrinter(stream=out, width=30).pprint({"x": list(range(10))})
print(out.getvalue(), end="")
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try: pprint.PrettyPrinter(**bad)
    except ValueError as e: print(e)
class MyList(list): pass
class MyDict(dict):
    def __repr__(self): return "MyDict!"
pprint.pprint(MyList(range(30)), width=20)
pprint.pprint([MyDict(a=1)] * 12, width=20)
pprint.pprint({"key": {3, "mixed", 1.5, None} and {3, 1, 2}}, width=5)
pprint.pprint([{"id": i, "name": "item%d" % i, "tags": ["t%d" % j for j in range(i % 4)]} for i in range(6)])
pprint.pprint({"z": 1, "a": 2, 3: "x", None: 0}, width=10)
pprint.pprint("multi\nline\nstring that is rather long and will need wrapping at some point soon", width=30)
pprint.pprint(1234567890123, underscore_numbers=True)
pprint.pprint([[[[[[1]]]]]], depth=3)
print(pprint.pformat({"a": [1, 2, {"b": 3}]}, depth=2))
