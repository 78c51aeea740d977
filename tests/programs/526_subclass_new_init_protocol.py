# The __new__/__init__ protocol on subclasses of built-ins.
class Registry(dict):
    instances = 0

    def __new__(cls, *args, **kwargs):
        cls.instances += 1
        obj = super().__new__(cls)
        obj.created_by_new = True
        return obj

    def __init__(self, name, **entries):
        super().__init__(**entries)
        self.name = name


r = Registry("plugins", csv=1, json=2)
print(r, r.name, r.created_by_new, Registry.instances, len(r))


class Interned(str):
    _cache = {}

    def __new__(cls, text):
        if text in cls._cache:
            return cls._cache[text]
        obj = super().__new__(cls, text)
        cls._cache[text] = obj
        return obj


a, b = Interned("hello"), Interned("hello")
print(a is b, a, len(Interned._cache), type(a).__name__)


class Positive(int):
    def __new__(cls, value=1):
        value = int(value)
        if value <= 0:
            raise ValueError(f"{cls.__name__} must be > 0, got {value}")
        return super().__new__(cls, value)


print(Positive(), Positive("42"), Positive(3.9), repr(Positive(7)))
for bad in (0, "-3"):
    try:
        Positive(bad)
    except ValueError as e:
        print("ValueError:", e)


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def __init__(self, a, b):
        self.total = a + b


p = Pair(2, 3)
print(p, p.total, p[0] * p[1])


class Defaults(list):
    def __init__(self, *items):
        super().__init__(items or ["<empty>"])


print(Defaults(), Defaults(1, 2))

# errors match CPython
for make in (lambda: int.__new__(5), lambda: int.__new__(str), lambda: list(1, 2),
             lambda: dict([1, 2], [3]), lambda: Pair(1), lambda: tuple.__new__(Pair, 1, 2)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
try:
    class Both(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(int.__new__(int, "12"), str.__new__(str, 5), list.__new__(list), dict.__new__(dict))
print(int.__repr__(Positive(3)), dict.__repr__(r), list.__repr__(Defaults()))
