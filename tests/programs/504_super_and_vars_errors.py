# Cooperative super() in a diamond, and the errors super() and vars() raise.


class Logger:
    def __init__(self, **kw):
        self.log = []
        super().__init__(**kw)

    def record(self, msg):
        self.log.append(f"{type(self).__name__}:{msg}")


class Named(Logger):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
        self.record(f"named {name}")


class Sized(Logger):
    def __init__(self, size=0, **kw):
        self.size = size
        super().__init__(**kw)
        self.record(f"sized {size}")


class Widget(Named, Sized):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.record("widget ready")

    def describe(self):
        return f"{self.name}/{self.size} via {[c.__name__ for c in type(self).__mro__]}"


w = Widget(name="knob", size=3)
print(w.describe())
print(w.log)
print(super(Named, w).__init__.__qualname__)
print(super(Widget, w).describe if hasattr(super(Widget, w), "describe") else "no describe above Widget")
print(sorted(vars(w)))


class Meta:
    @classmethod
    def create(cls):
        return f"Meta.create for {cls.__name__}"


class Derived(Meta):
    @classmethod
    def create(cls):
        return "Derived+" + super().create()


print(Derived.create())
print(repr(super(Derived, Derived)).startswith("<super: <class 'Derived'>, <Derived object"))


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except (TypeError, RuntimeError, AttributeError) as e:
        print(label, "->", type(e).__name__ + ":", e)


def no_args_outside():
    return super()


class Odd:
    def method():
        return super()


attempt("super(Widget, 3)", lambda: super(Widget, 3))
attempt("super(3, w)", lambda: super(3, w))
attempt("super() at module level", no_args_outside)
attempt("super() without self", Odd.method)
attempt("missing attribute", lambda: super(Widget, w).nothing)
attempt("vars(42)", lambda: vars(42))
attempt("vars(1, 2)", lambda: vars(1, 2))
attempt("vars(slotted)", lambda: vars(type("S", (), {"__slots__": ()})()))
attempt("vars(class)", lambda: "describe" in vars(Widget))
attempt("object.__new__(3)", lambda: object.__new__(3))
attempt("object.__new__(int)", lambda: object.__new__(int))
attempt("object() attr", lambda: setattr(object(), "x", 1))
attempt("object().x", lambda: object().x)
