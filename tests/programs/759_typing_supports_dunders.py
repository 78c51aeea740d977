# The numeric conversion dunders the Supports* protocols look for, on the
# built-in types and their subclasses.
import math
from typing import (
    SupportsAbs, SupportsBytes, SupportsComplex, SupportsFloat, SupportsIndex,
    SupportsInt, SupportsRound,
)

protocols = [SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes,
             SupportsIndex, SupportsAbs, SupportsRound]


class Meters(float):
    pass


class Count(int):
    def __round__(self, ndigits=None):
        return "custom round"


class Blob(bytes):
    pass


samples = [3, True, 2.5, 1 + 2j, b"ab", bytearray(b"x"), "7", [1],
           Meters(1.5), Count(4), Blob(b"z")]
for x in samples:
    marks = "".join("X" if isinstance(x, p) else "." for p in protocols)
    print(f"{type(x).__name__:10} {marks}")

for name in ("__round__", "__trunc__", "__floor__", "__ceil__"):
    print(name, name in int.__dict__, name in float.__dict__)
print("__bytes__" in bytes.__dict__, "__bytes__" in bytearray.__dict__)

print((7).__round__(), (1234).__round__(-2), (2.675).__round__(2), (2.5).__round__())
print((7).__trunc__(), (-2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__())
print(True.__round__(), True.__floor__(), b"ab".__bytes__(), Blob(b"q").__bytes__())
print(round(Meters(2.5)), round(Meters(2.675), 2), math.floor(Meters(-1.5)), math.ceil(Meters(1.2)))
print(math.trunc(Meters(-3.7)), round(Count(5)), round(Count(5), 1), bytes(Blob(b"hi")))
print(type((2.5).__round__()).__name__, type((2.5).__round__(1)).__name__)
for bad in ("float('inf').__floor__()", "float('nan').__round__()", "int.__round__(2.5)",
            "float.__floor__(3)", "bytes.__bytes__('s')", "int.__round__()",
            "(2.5).__floor__(1)", "(3).__round__(1, 2)", "b''.__bytes__(1)"):
    try:
        eval(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(bad, "->", type(e).__name__, e)
