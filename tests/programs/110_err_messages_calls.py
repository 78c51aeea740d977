# Exact messages for bad calls: missing/extra/unexpected/duplicate arguments.

def f(a, b):
    return a + b

def g(a, b=2, *, c):
    return a + b + c

def h(x, /, y):
    return x * y

def none():
    return "none"

def many(a, b, c, d=4):
    return (a, b, c, d)

def check(label, fn):
    try:
        result = fn()
        print(f"{label:<22} ok: {result!r}")
    except TypeError as e:
        print(f"{label:<22} TypeError: {e}")

check("f(1)", lambda: f(1))
check("f()", lambda: f())
check("f(1, 2, 3)", lambda: f(1, 2, 3))
check("f(1, 2, z=3)", lambda: f(1, 2, z=3))
check("f(1, a=1)", lambda: f(1, a=1))
check("f(b=1)", lambda: f(b=1))
check("f(1, 2)", lambda: f(1, 2))
check("g(1)", lambda: g(1))
check("g(1, 2, 3)", lambda: g(1, 2, 3))
check("g(1, c=3)", lambda: g(1, c=3))
check("g()", lambda: g())
check("h(x=1, y=2)", lambda: h(x=1, y=2))
check("h(1, 2, 3)", lambda: h(1, 2, 3))
check("none(1)", lambda: none(1))
check("none(x=1)", lambda: none(x=1))
check("many(1)", lambda: many(1))
check("many(1, 2, 3, 4, 5)", lambda: many(1, 2, 3, 4, 5))
check("many(1, 2, c=3, d=4)", lambda: many(1, 2, c=3, d=4))
check("many(1, 2, 3, b=2)", lambda: many(1, 2, 3, b=2))
check("(lambda x: x)()", lambda: (lambda x: x)())
check("len()", lambda: len())
check("len(1, 2)", lambda: len([1], [2]))
check("abs(x=1)", lambda: abs(x=1))
check("int('1', 2, 3)", lambda: int("1", 2, 3))
check("isinstance(1)", lambda: isinstance(1))
check("'a'.upper(1)", lambda: "a".upper(1))
check("[].append()", lambda: [].append())
check("{}.get()", lambda: {}.get())
check("divmod(1)", lambda: divmod(1))

def wrapper(*args, **kwargs):
    return f(*args, **kwargs)

check("wrapper(1)", lambda: wrapper(1))
check("wrapper(1, 2, b=3)", lambda: wrapper(1, 2, b=3))
