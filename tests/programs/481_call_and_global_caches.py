# Fast paths for calls and global lookups must keep Python's semantics:
# defaults (also __defaults__ longer than the parameters), bound methods
# called through a variable, globals rebound, shadowing builtins, deleted.

def f(a, b=2, c=3):
    return (a, b, c)


print(f(1), f(1, 5), f(1, 5, 6))
try:
    f()
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = (7, 8, 9, 10)
print(f(1), f())
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)


class K:
    def m(self, x, y=10):
        return (x, y)


k = K()
bm = k.m
print(bm(1), bm(1, 2))
try:
    bm()
except TypeError as e:
    print("TypeError:", e)
calls = [k.m, K().m]
print([c(3) for c in calls])

counter = 0


def bump():
    global counter
    counter += 1
    return counter


def use_len(x):
    return len(x)


def total():
    s = 0
    for i in range(5):
        s += bump() + use_len("ab")
    return s


print(total(), counter)
len = lambda x: 100
print(use_len("ab"))
del len
print(use_len("ab"))
g = {"__builtins__": __builtins__}
exec("def h():\n    return value\nvalue = 1\nr1 = h()\nvalue = 2\nr2 = h()\ndel value\n", g)
try:
    g["h"]()
except NameError as e:
    print("NameError:", e)
print(g["r1"], g["r2"])
d = globals()
d["dyn" + "amic"] = "from dict"


def read_dynamic():
    return dynamic


print(read_dynamic())
d["dyn" + "amic"] = "changed"
print(read_dynamic())


# Instantiation fast path: __init__ results, __new__, metaclasses, slots.
class Pt:
    def __init__(self, x, y=5):
        self.x = x
        self.y = y


print(Pt(1).y, Pt(2, 3).y)


class BadInit:
    def __init__(self):
        return 3


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


class Slotted:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


print(Slotted(4).v)


class Meta(type):
    def __call__(cls, *a):
        return "meta call"


class WithMeta(metaclass=Meta):
    def __init__(self):
        pass


print(WithMeta())


class CustomNew:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)

    def __init__(self, q):
        self.q = q


print(CustomNew(9).q)
try:
    Pt()
except TypeError as e:
    print("TypeError:", e)
