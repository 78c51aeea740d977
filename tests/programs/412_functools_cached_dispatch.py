# cached_property, singledispatch and partialmethod in a small shapes library.
from functools import cached_property, singledispatch, partialmethod

class Polygon:
    def __init__(self, *points):
        self.points = points
        self.computations = 0

    @cached_property
    def perimeter(self):
        self.computations += 1
        pts = self.points + self.points[:1]
        return round(sum(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
                         for (x1, y1), (x2, y2) in zip(pts, pts[1:])), 3)

sq = Polygon((0, 0), (0, 2), (2, 2), (2, 0))
print(sq.perimeter, sq.perimeter, sq.computations)
del sq.perimeter
print(sq.perimeter, sq.computations, "perimeter" in sq.__dict__)
print(type(Polygon.perimeter).__name__)

@singledispatch
def describe(obj):
    return f"something: {obj!r}"

@describe.register(int)
def _(n):
    return f"int with {len(str(abs(n)))} digits"

@describe.register(list)
@describe.register(tuple)
def _(seq):
    return f"sequence of {len(seq)}: " + ", ".join(describe(x) for x in seq)

@describe.register
def _(s: str):
    return f"text of {len(s)} chars"

class Animal: pass
class Dog(Animal): pass

@describe.register(Animal)
def _(a):
    return f"animal {type(a).__name__}"

print(describe(12345))
print(describe(True))
print(describe("hi"))
print(describe([1, (2, 3), Dog()]))
print(describe.dispatch(bool).__name__, describe.dispatch(float) is describe.registry[object])
print(describe(2.5))

class Light:
    def __init__(self):
        self.state = "off"
    def set_state(self, value):
        self.state = value
    turn_on = partialmethod(set_state, "on")
    turn_off = partialmethod(set_state, "off")

lamp = Light()
lamp.turn_on(); print(lamp.state)
lamp.turn_off(); print(lamp.state)
