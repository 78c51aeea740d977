# __format__, __str__ and __repr__: which one each formatting path uses.


class Plain:
    pass


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"


class OnlyStr:
    def __str__(self):
        return "only-str"


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __format__(self, spec):
        if spec.endswith("p"):
            inner = spec[:-1]
            return f"<{self.x:{inner}} ; {self.y:{inner}}>"
        return format(str(self), spec)


o, s, v = OnlyRepr(), OnlyStr(), Vector(1.5, -2)
print(str(o), repr(o), f"{o}", f"{o!s}", "%s %r" % (o, o), format(o))
print(str(s), repr(s).startswith("<__main__.OnlyStr object"), f"{s}", f"{s!r}".startswith("<"))
print(str(v), repr(v), f"{v}", f"{v!r}", f"[{v:>12}]", f"{v:.2fp}", f"{v:+p}")
print("{0} {0!r} {0:^14}".format(v), [v], (v,), {"k": v})
print(format(v, "*<10"), str.format("{:6.1fp}", v))

for bad in (lambda: format(Plain(), "d"), lambda: f"{OnlyRepr():>5}", lambda: format(o, 5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Weird:
    def __str__(self):
        return 7


class WeirdRepr:
    def __repr__(self):
        return None


class WeirdFormat:
    def __format__(self, spec):
        return spec.encode()


for bad in (lambda: str(Weird()), lambda: repr(WeirdRepr()), lambda: format(WeirdFormat(), "x"), lambda: f"{Weird()}"):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Temperature(float):
    def __format__(self, spec):
        return super().__format__(spec) + "C"

    def __repr__(self):
        return f"Temperature({float(self)})"


t = Temperature(21.456)
print(f"{t:.1f}", f"{t}", repr(t), str(t), [t])


class Tree:
    def __init__(self, label, *children):
        self.label, self.children = label, list(children)

    def __repr__(self):
        if not self.children:
            return f"Tree({self.label!r})"
        return f"Tree({self.label!r}, {', '.join(map(repr, self.children))})"


print(Tree("root", Tree("a"), Tree("b", Tree("c"))))
