# getattr/hasattr/setattr on builtin types and objects; callable().

upper = getattr(str, "upper")
print(upper("shout"), getattr("text", "title")(), getattr([], "append") is not None)
print(hasattr(str, "split"), hasattr("", "nonexistent"), hasattr(list, "sort"), hasattr(5, "bit_length"))
print(getattr(int, "missing", "fallback"), getattr(3, "real"), getattr(2.5, "imag", None))
method_names = ["upper", "lower", "title", "swapcase", "strip"]
for name in method_names:
    print(name, "->", repr(getattr("  MiXed Case  ", name)()))

ops = {"add": "__add__", "mul": "__mul__", "sub": "__sub__"}
for label, dunder in ops.items():
    print(label, getattr(7, dunder)(3))

print(callable(len), callable(print), callable(3), callable("str"), callable(str), callable(lambda: 0))
print(callable(str.upper), callable("x".upper), callable([].append), callable(None), callable(int))

def dispatch(command, *args):
    handlers = {"sum": sum, "max": max, "len": len, "sorted": sorted}
    handler = handlers.get(command)
    if not callable(handler):
        return "unknown command " + repr(command)
    return handler(*args)

print(dispatch("sum", [1, 2, 3]), dispatch("max", [4, 9, 2]), dispatch("sorted", "cab"), dispatch("nope"))

def f():
    return "f called"
f.label = "custom"
setattr(f, "count", 3)
print(f.label, getattr(f, "count"), hasattr(f, "label"), f.__name__, f())
try:
    getattr("x", "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(str, "nope")
except AttributeError as e:
    print("AttributeError:", e)
