# __slots__ on subclasses of built-in types: the variable-size ones (int,
# tuple, bytes) refuse non-empty slots; empty slots mean no __dict__.


def define(base, slots):
    try:
        cls = type("Tagged" + base.__name__.title(), (base,), {"__slots__": slots})
    except TypeError as e:
        print(f"{base.__name__} {slots!r}: TypeError: {e}")
        return None
    print(f"{base.__name__} {slots!r}: ok")
    return cls


for base in (int, tuple, bytes):
    for slots in (("tag",), ("__dict__",), "tag"):
        define(base, slots)


class Count(int):
    __slots__ = ()


class Pair(tuple):
    __slots__ = ()

    @property
    def first(self):
        return self[0]


c = Count(41)
print(c + 1, hasattr(c, "__dict__"))
try:
    c.label = "answer"
except AttributeError as e:
    print("AttributeError:", e)

p = Pair((1, 2))
print(p.first, hasattr(p, "__dict__"))


class Loose(int):
    pass


try:
    class Strict(Loose):
        __slots__ = ("unit",)
except TypeError as e:
    print("TypeError:", e)

class Free(Loose):
    __slots__ = ()


f = Free(3)
f.note = "inherited dict"
print(f, f.note)
