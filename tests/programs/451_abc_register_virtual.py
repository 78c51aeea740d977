# Virtual subclasses: register() makes unrelated classes (and built-in types)
# pass isinstance/issubclass checks against an ABC without inheriting from it.
from abc import ABC, ABCMeta, abstractmethod, get_cache_token


class Serializer(ABC):
    @abstractmethod
    def dumps(self, obj):
        ...

    def dump_all(self, objs):
        return [self.dumps(o) for o in objs]


class JsonLike:
    def dumps(self, obj):
        return repr(obj).replace("'", '"')


@Serializer.register
class Pickled:
    def dumps(self, obj):
        return "P:" + repr(obj)


token0 = get_cache_token()
print(issubclass(JsonLike, Serializer), isinstance(JsonLike(), Serializer))
result = Serializer.register(JsonLike)
print(result is JsonLike, get_cache_token() > token0)
print(issubclass(JsonLike, Serializer), isinstance(JsonLike(), Serializer))
print(isinstance(Pickled(), Serializer), Pickled.__mro__)
# Registration does not give the mixin methods.
print(hasattr(JsonLike(), "dump_all"), JsonLike().dumps({"a": 1}))

# Registering a subclass of a registered class is implied.
class FastJson(JsonLike):
    pass

print(issubclass(FastJson, Serializer))

# Built-in types can be registered too.
class Number(ABC):
    pass

Number.register(int)
Number.register(float)
print([isinstance(v, Number) for v in (1, 2.5, True, "3", None)])
print(issubclass(bool, Number), issubclass(complex if False else str, Number))

# Registering the same class twice, or a real subclass, is a no-op.
class RealNumber(Number):
    pass

print(Number.register(RealNumber) is RealNumber, Number.register(int) is int)

# Registering a superclass would make a cycle.
try:
    RealNumber.register(Number)
except RuntimeError as exc:
    print("RuntimeError:", exc)

try:
    Number.register(42)
except TypeError as exc:
    print("TypeError:", exc)

# __subclasshook__ lets the ABC decide by looking at the class.
class Closeable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            if any("close" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class File:
    def close(self):
        pass


class Socket(File):
    pass


class Pipe:
    pass


print([issubclass(c, Closeable) for c in (File, Socket, Pipe, object)])
Closeable.register(Pipe)
print(issubclass(Pipe, Closeable), isinstance(Pipe(), Closeable))

# A tuple of ABCs and classes in isinstance.
print(isinstance(3, (str, Number)), isinstance("x", (Number, Closeable)))
print(issubclass(int, (Closeable, Number)))

# issubclass insists on a class as first argument.
try:
    issubclass(3, Number)
except TypeError as exc:
    print("TypeError:", exc)
