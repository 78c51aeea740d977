# staticmethod and classmethod objects as values: __func__, __wrapped__,
# __get__, copied metadata and abstract-method flags.


def abstract(func):
    func.__isabstractmethod__ = True
    return func


class Shape:
    sides = 0

    @staticmethod
    def unit():
        """A unit of measure."""
        return "cm"

    @classmethod
    def describe(cls):
        """Says what the class is."""
        return f"{cls.__name__} with {cls.sides} sides"

    @classmethod
    @abstract
    def area_formula(cls):
        pass


class Square(Shape):
    sides = 4


sm = Shape.__dict__["unit"]
cm = Shape.__dict__["describe"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__ is sm.__wrapped__, sm.__func__.__name__)
print(sm.__name__, sm.__qualname__, sm.__doc__)
print(cm.__name__, cm.__qualname__, cm.__doc__)
print(sm.__isabstractmethod__, cm.__isabstractmethod__)
print(Shape.__dict__["area_formula"].__isabstractmethod__)

print(sm.__get__(None, Shape)(), sm.__get__(Square())())
bound = cm.__get__(None, Square)
print(bound(), bound.__self__.__name__, bound.__func__ is cm.__func__)
print(cm.__get__(Square())())
print(Square.describe(), Square().describe(), Square.unit())

# Wrapping plain functions by hand.
def helper(x):
    return x * 2


wrapped = staticmethod(helper)
print(wrapped(21), callable(wrapped))
cls_wrapped = classmethod(lambda cls, y: (cls.__name__, y))


class Holder:
    make = cls_wrapped
    twice = wrapped


print(Holder.make(1), Holder().make(2), Holder.twice(5))
try:
    staticmethod()
except TypeError as e:
    print("TypeError:", e)
try:
    classmethod(len, len)
except TypeError as e:
    print("TypeError:", e)
try:
    sm.__get__(None, None)
except TypeError as e:
    print("TypeError:", e)
print(repr(Holder.make).split(" of ")[0])
