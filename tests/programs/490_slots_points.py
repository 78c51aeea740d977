# Small geometry helpers using __slots__ to keep instances lean.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


class Segment:
    __slots__ = ("start", "end", "label")

    def __init__(self, start, end):
        self.start = start
        self.end = end

    def length_sq(self):
        dx = self.end.x - self.start.x
        dy = self.end.y - self.start.y
        return dx * dx + dy * dy


p = Point(1, 2)
q = p.moved(3, 4)
print(p, q)
print(Point.__slots__, Point.x, Point.y)
print(type(Point.x).__name__, Point.x.__name__, Point.x.__objclass__.__name__)
print(hasattr(p, "__dict__"), hasattr(p, "x"), "__dict__" in dir(p))

try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)

seg = Segment(p, q)
print(seg.length_sq())
try:
    print(seg.label)
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(seg, "label", "<no label>"))
seg.label = "diagonal"
print(seg.label)
del seg.label
print(hasattr(seg, "label"))
try:
    del seg.label
except AttributeError as e:
    print("AttributeError:", repr(e.args[0]))

# The member descriptors work when called directly too.
print(Point.x.__get__(p, Point), Point.x.__get__(None, Point) is Point.x)
Point.y.__set__(p, 20)
print(p)
Point.y.__delete__(p)
print(hasattr(p, "y"))
try:
    Point.x.__get__(seg, Segment)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__setattr__(p, "colour", "red")
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)

points = [Point(i, i * i) for i in range(5)]
print(sorted(points, key=lambda pt: -pt.y)[:2])
print(sum(pt.y for pt in points))
