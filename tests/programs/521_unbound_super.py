# One-argument super(): an unbound super object, bound later with __get__.


class Base:
    def greet(self):
        return f"Base.greet({type(self).__name__})"

    @classmethod
    def make(cls):
        return f"Base.make({cls.__name__})"


class Mid(Base):
    def greet(self):
        return "Mid.greet -> " + super().greet()


class Leaf(Mid):
    def greet(self):
        return "Leaf.greet"


unbound = super(Mid)
print(repr(unbound))
print(unbound.__thisclass__.__name__, unbound.__self__, unbound.__self_class__)

leaf = Leaf()
bound = unbound.__get__(leaf)
print(repr(bound))
print(bound.greet())
print(bound.__self__ is leaf, bound.__self_class__.__name__)
print(super(Leaf).__get__(leaf, Leaf).greet())
print(super(Leaf).__get__(leaf).make())

# __get__ with None, or on an already bound super, gives the same object
print(unbound.__get__(None, Mid) is unbound)
print(bound.__get__(Leaf()) is bound)

try:
    unbound.greet
except AttributeError as e:
    print("AttributeError:", e)


# the old idiom: an unbound super stored as a class attribute
class Child(Mid):
    def greet(self):
        return "Child.greet"


Child._up = super(Child)
c = Child()
print(c.greet(), "|", c._up.greet())
print(repr(c._up))

try:
    super(42)
except TypeError as e:
    print("TypeError:", e)

try:
    super(Mid).__get__(object())
except TypeError as e:
    print("TypeError:", e)
