# Records with namedtuple: parsing, sorting, replacing.
from collections import namedtuple

Employee = namedtuple("Employee", "name dept salary")
rows = """alice,eng,120
bob,sales,80
carol,eng,135
dave,ops,90""".splitlines()
staff = [Employee._make(r.split(",")) for r in rows]
staff = [e._replace(salary=int(e.salary)) for e in staff]
for e in sorted(staff, key=lambda e: -e.salary):
    print(e)
print(staff[0].name, staff[0][1], staff[0]._asdict(), Employee._fields)
total = sum(e.salary for e in staff)
print("payroll", total, max(staff, key=lambda e: e.salary).name)
name, dept, salary = staff[1]
print(name, dept, salary, len(staff[1]), staff[1] == ("bob", "sales", 80), staff[1].count(80))
raised = staff[1]._replace(salary=staff[1].salary + 5)
print(raised, staff[1], raised is staff[1])

Point = namedtuple("Point", ["x", "y"])
Point3 = namedtuple("Point3", "x, y, z", defaults=[0])
p = Point(3, y=4)
print(p, Point3(1, 2), Point3(1, 2, 3), Point3._field_defaults, (p.x ** 2 + p.y ** 2) ** 0.5)
print(Point(**{"x": 1, "y": 2}), Point(*[5, 6]), tuple(p), list(p), p + (1,), p * 2, hash(p) == hash((3, 4)))
print(type(p), type(p).__name__, isinstance(p, tuple), Point.__doc__, p.__class__.__mro__)
print({p: "here"}[(3, 4)], sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def length(self):
        return (self.x * self.x + self.y * self.y) ** 0.5


v = Vec(1, 2) + Vec(2, 2)
print(v, v.length, type(v).__name__)

for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=3),
            lambda: Point._make([1]), lambda: namedtuple("T", "a b", defaults=[1, 2, 3])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for bad in [lambda: namedtuple("T", "a a"), lambda: namedtuple("T", "a _b"),
            lambda: namedtuple("T", "a def"), lambda: namedtuple("T", "a 1b"),
            lambda: namedtuple("1T", "a"), lambda: p._replace(q=1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
R = namedtuple("R", ["ok", "ok", "def", "_x", "9"], rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, len(Empty()))
One = namedtuple("One", "v")
print(One(1), One._fields, One(v=[1]).v)
