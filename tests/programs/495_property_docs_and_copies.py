# Properties: docstrings, explicit doc=, getter/setter/deleter copies and
# calling the descriptor protocol by hand.


class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    def _get_c(self):
        "Degrees Celsius."
        return self._c

    def _set_c(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = value

    def _del_c(self):
        print("resetting")
        self._c = 0

    celsius = property(_get_c, _set_c, _del_c)
    kelvin = property(lambda self: self._c + 273.15, doc="Kelvin (read-only).")

    @property
    def fahrenheit(self):
        """Degrees Fahrenheit."""
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self._c = (value - 32) * 5 / 9


t = Temperature(20)
print(Temperature.celsius.__doc__, "|", Temperature.kelvin.__doc__, "|", Temperature.fahrenheit.__doc__)
print(t.celsius, t.kelvin, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.kelvin = 0
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)

# The copies made by getter/setter/deleter are new properties.
p = Temperature.celsius
ro = property(p.fget)
rw = ro.setter(p.fset)
print(ro is rw, rw.fget is p.fget, rw.fset is p.fset, rw.fdel)
print(ro.__doc__, rw.__doc__)
g2 = rw.getter(lambda self: "replaced")
print(g2.__doc__, g2.fset is p.fset)

# Descriptor protocol by hand.
print(p.__get__(None, Temperature) is p, p.__get__(t, Temperature))
p.__set__(t, 5)
print(t.celsius)
p.__delete__(t)
try:
    Temperature.kelvin.__set__(t, 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    Temperature.kelvin.__delete__(t)
except AttributeError as e:
    print("AttributeError:", e)
loose = property()
try:
    loose.__get__(t, Temperature)
except AttributeError as e:
    print("AttributeError:", e)
try:
    property(doc="x", fget=1, bogus=2)
except TypeError as e:
    print("TypeError:", e)


class Abstract:
    def _g(self):
        pass

    _g.__isabstractmethod__ = True
    shape = property(_g)
    plain = property(lambda self: 1)


print(Abstract.shape.__isabstractmethod__, Abstract.plain.__isabstractmethod__)
