# globals() and locals() inspection; global/nonlocal interplay.

counter = 0
settings = {"verbose": True}

def show_locals(a, b=2, *rest, **kw):
    c = a + b
    names = sorted(locals())
    return names

print(show_locals(1), show_locals(1, 2, 3, x=4))

def make_vars():
    x = 1
    y = "two"
    z = [3]
    return locals()

lv = make_vars()
print(lv, type(lv).__name__)

g = globals()
print("counter" in g, "settings" in g, g["counter"], g["settings"]["verbose"], "make_vars" in g)
g["dynamic_name"] = 42
print(dynamic_name)

def bump():
    global counter
    counter += 1
    return counter

bump()
bump()
print(counter, globals()["counter"])
print(sorted(k for k in globals() if not k.startswith("_")))
print(__name__, type(globals()).__name__, locals() is globals())

def read_global_by_name(name):
    return globals().get(name, "<undefined>")

print(read_global_by_name("counter"), read_global_by_name("nope"))
