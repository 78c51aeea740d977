# Abstract properties, class methods and static methods, the legacy
# abstractproperty family, and introspecting __abstractmethods__.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Vehicle(ABC):
    @property
    @abstractmethod
    def wheels(self):
        """Number of wheels."""

    @classmethod
    @abstractmethod
    def from_spec(cls, spec):
        ...

    @staticmethod
    @abstractmethod
    def category():
        ...

    def summary(self):
        return "%s with %d wheels (%s)" % (type(self).__name__, self.wheels, self.category())


class Bike(Vehicle):
    wheels = 2

    @classmethod
    def from_spec(cls, spec):
        return cls()

    @staticmethod
    def category():
        return "human powered"


class Car(Vehicle):
    def __init__(self, doors):
        self.doors = doors

    @property
    def wheels(self):
        return 4

    @classmethod
    def from_spec(cls, spec):
        return cls(int(spec.split("=")[1]))

    @staticmethod
    def category():
        return "motor"


print(sorted(Vehicle.__abstractmethods__))
print(Bike.from_spec("").summary(), Car.from_spec("doors=5").doors, Car(3).summary())
print(Vehicle.__dict__["wheels"].__isabstractmethod__, Car.__dict__["wheels"].__isabstractmethod__)
print(Vehicle.__dict__["from_spec"].__isabstractmethod__, Vehicle.__dict__["category"].__isabstractmethod__)
print(getattr(Bike.from_spec, "__isabstractmethod__", False), Vehicle.wheels.__doc__)


class Trike(Vehicle):
    wheels = 3


try:
    Trike()
except TypeError as exc:
    print(exc)


# A property is abstract if any of its accessors is.
class Gauge(ABC):
    @property
    def level(self):
        return self._level

    @level.setter
    @abstractmethod
    def level(self, value):
        ...


class Tank(Gauge):
    @Gauge.level.setter
    def level(self, value):
        self._level = max(0, min(100, value))


print(sorted(Gauge.__abstractmethods__), sorted(Tank.__abstractmethods__))
t = Tank()
t.level = 140
print(t.level)


# The pre-3.3 spellings still work.
class Legacy(metaclass=ABCMeta):
    @abc.abstractproperty
    def name(self):
        return "?"

    @abc.abstractclassmethod
    def build(cls):
        return cls()

    @abc.abstractstaticmethod
    def version():
        return 1


print(sorted(Legacy.__abstractmethods__))
print(isinstance(Legacy.__dict__["name"], property), type(Legacy.__dict__["build"]).__name__)
print(Legacy.__dict__["version"].__isabstractmethod__, Legacy.__dict__["build"].__func__.__isabstractmethod__)


class Modern(Legacy):
    name = "modern"

    @classmethod
    def build(cls):
        return cls()

    @staticmethod
    def version():
        return 2


m = Modern.build()
print(m.name, m.version(), Modern.__abstractmethods__)


# __abstractmethods__ set by hand on a plain class also blocks instantiation.
class Plain:
    pass


Plain.__abstractmethods__ = frozenset({"run", "stop"})
try:
    Plain()
except TypeError as exc:
    print(exc)
Plain.__abstractmethods__ = frozenset()
print(type(Plain()).__name__)
try:
    Plain.__subclasses__, object.__abstractmethods__
except AttributeError as exc:
    print("AttributeError:", exc)

# An ABC with no abstract methods is instantiable; ABC itself too.
class Marker(ABC):
    pass


print(type(Marker()).__name__, type(ABC()).__name__, ABC.__abstractmethods__)
print(abc.get_cache_token() >= 0, isinstance(Car(2), Vehicle), issubclass(Car, ABC))
