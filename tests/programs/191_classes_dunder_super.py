class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __len__(self):
        return 2
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

v = Vector(1, 2) + Vector(3, 4)
print(v, 3 * v, v * 2, v == Vector(4, 6), len(v), list(v), v[1])
print(sorted([Vector(3, 1), Vector(1, 2), Vector(2, 0)]))
print({Vector(1, 1), Vector(1, 1)})
x, y = v
print(x, y)

class Stack:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
        return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __bool__(self):
        return bool(self._items)
    def __contains__(self, item):
        return item in self._items
s = Stack().push(1).push(2)
print(bool(s), 2 in s, s.pop(), s.pop(), bool(s))
try:
    s.pop()
except IndexError as e:
    print("error:", e)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
    @classmethod
    def total(cls):
        return cls.count
    @staticmethod
    def describe():
        return "counts instances"
a, b = Counter(), Counter()
print(a.id, b.id, Counter.total(), a.total(), Counter.describe())
print(type(a).__name__, a.__class__ is Counter, isinstance(a, object))
print(getattr(a, "missing", "default"), hasattr(a, "id"))
class Base:
    def hello(self):
        return "base"
class Mid1(Base):
    def hello(self):
        return "mid1+" + super().hello()
class Mid2(Base):
    def hello(self):
        return "mid2+" + super().hello()
class Leaf(Mid1, Mid2):
    def hello(self):
        return "leaf+" + super().hello()
print(Leaf().hello(), [c.__name__ for c in Leaf.__mro__])
class Temp:
    def __init__(self, c): self._c = c
    @property
    def f(self): return self._c * 9 / 5 + 32
print(Temp(100).f)
try:
    Temp(1).f = 3
except AttributeError as e:
    print("AttributeError:", e)
print(repr(object())[:17], str(Vector(0, 0)))
class E(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise E(404, "not found")
except E as e:
    print(e.code, e, e.args, repr(e))
