# Sorting records with itemgetter, attrgetter and methodcaller.
from operator import itemgetter, attrgetter, methodcaller

employees = [
    ("Dana", "eng", 120), ("Ari", "ops", 95), ("Cruz", "eng", 105),
    ("Bea", "sales", 95), ("Eli", "ops", 110),
]
print(sorted(employees, key=itemgetter(2)))
print(sorted(employees, key=itemgetter(1, 2), reverse=True))
print(max(employees, key=itemgetter(2)), min(employees, key=itemgetter(2, 0)))
print(list(map(itemgetter(0), employees)))
print(itemgetter(slice(1, 3))("abcdef"), itemgetter("k", "v")({"k": 1, "v": 2}))

class Employee:
    def __init__(self, name, dept, salary, city):
        self.name, self.dept, self.salary = name, dept, salary
        self.address = Address(city)
    def __repr__(self):
        return f"Employee({self.name!r})"

class Address:
    def __init__(self, city):
        self.city = city

staff = [Employee(n, d, s, c) for (n, d, s), c in zip(employees, ["Oslo", "Lima", "Rome", "Oslo", "Baku"])]
print(sorted(staff, key=attrgetter("dept", "name")))
print(sorted(staff, key=attrgetter("address.city", "salary")))
print(attrgetter("name", "address.city")(staff[0]))

words = ["  Banana", "apple ", " cherry"]
print(sorted(words, key=methodcaller("strip")))
print(list(map(methodcaller("replace", "a", "4"), words)))
print(list(map(methodcaller("split", sep="a", maxsplit=1), ["banana", "papaya"])))

print(repr(itemgetter(1)), repr(itemgetter(0, "x")), repr(attrgetter("a.b", "c")))
print(repr(methodcaller("f")), repr(methodcaller("g", 1, key="v")))

for f in [lambda: itemgetter(), lambda: attrgetter(1), lambda: methodcaller(),
          lambda: methodcaller(5), lambda: itemgetter(5)([1]), lambda: attrgetter("nope")(1),
          lambda: itemgetter(0)(), lambda: methodcaller("upper")("a", "b"),
          lambda: itemgetter("k")({})]:
    try:
        print(f())
    except (TypeError, IndexError, AttributeError, KeyError) as e:
        print(type(e).__name__, e)
