# Metaclass hooks: isinstance() and issubclass() ask the class's metaclass
# (__instancecheck__ / __subclasscheck__) before looking at the MRO.


class Interface(type):
    """Structural interfaces: a class "implements" one when it has all the
    methods listed in the interface's `required` tuple."""

    checks = []

    def __instancecheck__(cls, obj):
        Interface.checks.append(("instance", cls.__name__, type(obj).__name__))
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        Interface.checks.append(("subclass", cls.__name__, getattr(sub, "__name__", sub)))
        return all(callable(getattr(sub, name, None)) for name in cls.required)


class Drawable(metaclass=Interface):
    required = ("draw",)


class Resizable(metaclass=Interface):
    required = ("resize", "draw")


class Sprite:
    def draw(self):
        return "sprite"


class Window:
    def draw(self):
        return "window"

    def resize(self, w, h):
        return (w, h)


class Sound:
    def play(self):
        return "beep"


for obj in (Sprite(), Window(), Sound(), 3):
    print(type(obj).__name__, isinstance(obj, Drawable), isinstance(obj, Resizable))
print(issubclass(Window, Resizable), issubclass(Sprite, (Resizable, Drawable)))
print(len(Interface.checks), Interface.checks[:3])

# The exact type is accepted without asking the hook.
Interface.checks.clear()
print(isinstance(Drawable(), Drawable), Interface.checks)


class Never(type):
    def __instancecheck__(cls, obj):
        return False

    def __subclasscheck__(cls, sub):
        return False


class Sealed(metaclass=Never):
    pass


class Child(Sealed):
    pass


print(isinstance(Sealed(), Sealed), isinstance(Child(), Sealed), issubclass(Child, Sealed))
print(isinstance(Child(), Child), issubclass(Child, Child), isinstance(Child(), (int, Sealed)))


class Anything(type):
    def __instancecheck__(cls, obj):
        return "truthy"

    def __subclasscheck__(cls, sub):
        return 1


class Any(metaclass=Anything):
    pass


print(isinstance(3, Any), isinstance(None, Any), issubclass(str, Any), issubclass(3, Any))

# type's own methods are there to delegate to.
class Logged(type):
    seen = []

    def __instancecheck__(cls, obj):
        Logged.seen.append(type(obj).__name__)
        return super().__instancecheck__(obj)

    def __subclasscheck__(cls, sub):
        return type.__subclasscheck__(cls, sub)


class Base(metaclass=Logged):
    pass


class Derived(Base):
    pass


print(isinstance(Derived(), Base), isinstance(1.5, Base), issubclass(Derived, Base), issubclass(int, Base))
print(Logged.seen)
print(type.__instancecheck__(int, True), type.__subclasscheck__(object, bool))
print(sorted(c.__name__ for c in Base.__subclasses__()), bool in int.__subclasses__())

# Errors inside a hook propagate.
class Fussy(type):
    def __instancecheck__(cls, obj):
        raise LookupError("no opinion on %r" % (obj,))


class F(metaclass=Fussy):
    pass


try:
    isinstance(5, F)
except LookupError as exc:
    print("LookupError:", exc)
print(isinstance(F(), F))
try:
    isinstance(5, 5)
except TypeError as exc:
    print("TypeError:", exc)
try:
    issubclass(int, "str")
except TypeError as exc:
    print("TypeError:", exc)
