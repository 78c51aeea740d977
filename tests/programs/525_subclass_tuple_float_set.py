# tuple, float, set and frozenset subclasses.
class Vector(tuple):
    def __new__(cls, *coords):
        return super().__new__(cls, coords)

    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self, other)))

    def __mul__(self, k):
        return Vector(*(a * k for a in self))

    def norm2(self):
        return sum(a * a for a in self)


v = Vector(1, 2, 3)
w = Vector(4, 5, 6)
print(v, v + w, v * 2, v.norm2(), len(v), v[1], v[-1], v[1:], type(v[1:]).__name__)
x, y, z = v
print(x, y, z, v == (1, 2, 3), hash(v) == hash((1, 2, 3)), {v: "v"}[(1, 2, 3)], v.count(2), v.index(3))
print(tuple(v), list(v), sorted(Vector(3, 1, 2)), isinstance(v, tuple), v < w)


class Celsius(float):
    def __new__(cls, degrees):
        if float(degrees) < -273.15:
            raise ValueError(f"below absolute zero: {degrees}")
        return super().__new__(cls, degrees)

    def to_f(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"{float(self):.1f}°C"


t = Celsius(21.5)
print(t, repr(t), t.to_f(), t + 1, type(t + 1).__name__, round(t), int(t), t.is_integer(), t > 20)
print(f"{t:.3f}", Celsius("3.25"), [Celsius(0)], t.hex() == (21.5).hex())
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)


class TagSet(set):
    def add(self, tag):
        super().add(tag.lower())


tags = TagSet(["a", "b"])
tags.add("C")
print(tags == {"a", "b", "c"}, len(tags), "c" in tags, sorted(tags), type(tags | {"z"}).__name__)
tags |= {"q"}
print(type(tags).__name__, sorted(tags), TagSet(), repr(TagSet([1])))


class Frozen(frozenset):
    pass


f = Frozen([1, 2, 2, 3])
print(f, len(f), 2 in f, hash(f) == hash(frozenset([1, 2, 3])), f & {2, 9}, Frozen())
