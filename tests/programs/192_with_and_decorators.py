class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is ValueError
with Managed("a") as m, Managed("b"):
    print("body", m.name)
with Managed("c"):
    raise ValueError("swallowed")
print("after")
try:
    with Managed("d"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
def f():
    for i in range(3):
        with Managed(str(i)):
            if i == 1:
                return i
print(f())
def deco(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
def repeat(n):
    def d(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return d
@deco
@repeat(2)
def add(a, b=1):
    return a + b
print(add(2, b=3) if False else add(2))
funcs = [lambda x, i=i: x + i for i in range(3)]
print([fn(10) for fn in funcs])
