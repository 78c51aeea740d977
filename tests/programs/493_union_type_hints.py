# A tiny runtime type checker driven by PEP 604 unions.

Number = int | float
MaybeStr = str | None


def check(value, expected):
    return isinstance(value, expected)


print(Number, MaybeStr, type(Number).__name__, type(Number).__module__)
print(Number.__args__, MaybeStr.__args__)
print(int | None == None | int, int | str == int | float, int | int)
print(int | str | int, (int | str) | (float | int))
print(list[int] | None, dict[str, list[int]] | int)
print(hash(int | str) == hash(str | int))

schema = {"name": str, "age": int | None, "score": Number}
records = [
    {"name": "ada", "age": 36, "score": 9.5},
    {"name": "bob", "age": None, "score": 7},
    {"name": "cy", "age": "n/a", "score": 8},
    {"name": None, "age": 1, "score": "high"},
]
for rec in records:
    bad = [k for k, t in schema.items() if not check(rec[k], t)]
    print(rec["name"], "ok" if not bad else "bad: " + ", ".join(bad))

print(issubclass(bool, int | str), issubclass(float, int | str))
print(isinstance(3, (str, int | None)))
print({int | None: "optional int"}[None | int])

class Animal:
    pass


class Dog(Animal):
    pass


pet = Dog | None
print(pet, isinstance(Dog(), Animal | None), isinstance(None, pet))

for bad in (lambda: int | 3, lambda: "x" | int, lambda: isinstance(1, list[int] | None)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(1, int | list[int]))
