# Class machinery enum relies on: a metaclass __prepare__ returning a custom
# mapping, properties/__getattr__/__setattr__/__delattr__ and __reversed__
# on a metaclass, type.__setattr__, and str() of int/str subclasses.
import types


class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
            if key in self:
                raise TypeError(f"{key!r} defined twice")
        super().__setitem__(key, value)

    def __getitem__(self, key):
        if key == "magic":
            return 42
        return super().__getitem__(key)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        print("prepare", name, sorted(kwds))
        return RecordingDict()

    def __new__(mcls, name, bases, ns, **kwds):
        print("namespace is", type(ns).__name__, ns.order)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._order = ns.order
        return cls

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)

    @property
    def size(cls):
        return len(cls._order)

    def __getattr__(cls, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)

    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError(f"cannot rebind constant {name!r}")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print("deleting", name)
        super().__delattr__(name)

    def __iter__(cls):
        return iter(cls._order)

    def __reversed__(cls):
        return reversed(cls._order)

    def __len__(cls):
        return len(cls._order)


class Config(metaclass=Meta, flavour="x"):
    A = 1
    b = magic + 1
    c = [A, b]

    def method(self):
        return "m"

    del c


print(Config.size, list(Config), list(reversed(Config)), len(Config))
print(Config.A, Config.b, Config.dyn_hello, hasattr(Config, "other"))
Config.lower = 5
print(Config.lower)
try:
    Config.UPPER = 1
except AttributeError as e:
    print("AttributeError:", e)
del Config.lower
print(hasattr(Config, "lower"))
type.__setattr__(Config, "FORCED", 1)
print(Config.FORCED)
try:
    class Twice(metaclass=Meta):
        x = 1
        x = 2
except TypeError as e:
    print("TypeError:", e)


class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


try:
    class Oops(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError:", e)


class Num(int):
    def __repr__(self):
        return f"Num({int(self)})"

    __str__ = int.__repr__


class Text(str):
    def __repr__(self):
        return "Text!"


print(str(Num(5)), repr(Num(5)), f"{Num(6)}", str(Text("t")), str.__str__(Text("u")), type(str.__str__(Text("v"))).__name__)

proxy = types.MappingProxyType({"a": 1, "b": 2})
print(proxy, proxy["a"], len(proxy), list(proxy.items()), "b" in proxy, proxy == {"a": 1, "b": 2})
try:
    proxy["c"] = 3
except TypeError as e:
    print("TypeError:", e)
