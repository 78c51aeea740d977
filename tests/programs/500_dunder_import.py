# __import__ by hand: plain names, dotted names, fromlist and errors.

m = __import__("math")
print(m.__name__, m.sqrt(16))
os_mod = __import__("os.path")
print(os_mod.__name__, hasattr(os_mod, "path"))
pp = __import__("os.path", globals(), locals(), ["join"], 0)
print(pp.__name__ in ("posixpath", "ntpath"), pp.join("a", "b"))
col = __import__("collections", fromlist=["deque"])
print(col.__name__, col.deque([1, 2]))
abc_mod = __import__("os.path", fromlist=("join",))
print(abc_mod.join("x", "y"))
print(__import__("sys") is __import__("sys", None, None, [], 0))


def load(spec):
    module_name, _, attr = spec.partition(":")
    module = __import__(module_name, fromlist=[attr])
    return getattr(module, attr)


for spec in ("math:floor", "functools:reduce", "os.path:basename"):
    f = load(spec)
    print(spec, f.__name__)

for bad in [
    lambda: __import__("no_such_module_here"),
    lambda: __import__(""),
    lambda: __import__(42),
    lambda: __import__("math", level=-1),
    lambda: __import__("os.nope"),
]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
