# How __slots__ combine with inheritance, __dict__ and name mangling.


class Base:
    __slots__ = ("ident",)

    def __init__(self, ident):
        self.ident = ident


class Tagged(Base):
    __slots__ = ("tag",)


class Loose(Base):
    pass


class Hybrid(Base):
    __slots__ = ("extra", "__dict__")


class Private:
    __slots__ = ("__secret", "visible")

    def __init__(self):
        self.__secret = 42
        self.visible = True

    def reveal(self):
        return self.__secret


t = Tagged(1)
t.tag = "blue"
print(t.ident, t.tag, hasattr(t, "__dict__"))
try:
    t.other = 1
except AttributeError as e:
    print("AttributeError:", e)

lo = Loose(2)
lo.anything = "ok"
print(lo.ident, lo.__dict__)

h = Hybrid(3)
h.extra = "e"
h.free = "f"
print(h.ident, h.extra, h.__dict__)

pv = Private()
print(pv.reveal(), pv.visible, sorted(k for k in Private.__dict__ if "secret" in k))
print(Private._Private__secret)

# A string is a single slot name.
class One:
    __slots__ = "only"


o = One()
o.only = 1
print(One.__slots__, o.only)

# Empty slots: no per-instance attributes at all.
class Nothing:
    __slots__ = ()


try:
    Nothing().x = 1
except AttributeError as e:
    print("AttributeError:", e)

# Errors raised while the class is being made.
def attempt(make):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


def conflict():
    class C:
        __slots__ = ("size",)
        size = 10


def not_strings():
    class C:
        __slots__ = ("ok", 3)


def not_identifier():
    class C:
        __slots__ = ("two words",)


def two_dicts():
    class C(Loose):
        __slots__ = ("__dict__",)


def lay_out():
    class A:
        __slots__ = ("a",)

    class B:
        __slots__ = ("b",)

    class C(A, B):
        pass


for f in (conflict, not_strings, not_identifier, two_dicts, lay_out):
    attempt(f)


class Mixin:
    __slots__ = ()

    def describe(self):
        return f"{type(self).__name__}#{self.ident}"


class Both(Mixin, Base):
    __slots__ = ("more",)


b = Both(7)
print(b.describe(), [c.__name__ for c in Both.__mro__])
