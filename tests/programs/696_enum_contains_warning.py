# `value in EnumClass` with a non-member warns (DeprecationWarning, shown for
# code in __main__) and raises TypeError in 3.11; the warning names the line
# of the `in` test, which calls the metaclass's __contains__.
import warnings
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


print(Color.RED in Color)
try:
    1 in Color
except TypeError as e:
    print("TypeError:", e)


class Meters:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        warnings.warn("adding plain numbers to Meters", UserWarning, stacklevel=2)
        return Meters(self.n + other)

    def __lt__(self, other):
        warnings.warn("comparing Meters", UserWarning, stacklevel=2)
        return self.n < other


total = Meters(1)
total = total + 2
print(total.n, total < 5)
