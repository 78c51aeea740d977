# Flag and IntFlag: combining members, pseudo-members, reprs, containment,
# iteration, ~, and the boundary behaviours.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6


print(Perm.R | Perm.W, repr(Perm.R | Perm.W), repr(Perm.R | Perm.X), str(Perm.R | Perm.X))
print(repr(Perm(7)), repr(Perm(0)), str(Perm(0)), repr(~Perm.R), repr(~Perm.RW), bool(Perm(0)))
print(list(Perm), len(Perm), Perm.W in (Perm.R | Perm.W), Perm.X in Perm.RW)
print(list(Perm.R | Perm.W | Perm.X), len(Perm(7)), Perm.RW.value, Perm.R & Perm.RW, Perm.R ^ Perm.RW)
print(Perm._boundary_, Perm.__members__)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in Perm.R
except TypeError as e:
    print("TypeError:", e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print([c.value for c in Color], repr(Color.WHITE), repr(Color.RED | Color.GREEN), list(Color.WHITE))
print(repr(~Color.RED), Color(3), Color.WHITE & ~Color.GREEN)


class Mode(IntFlag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()


print(Mode.READ | Mode.EXEC, repr(Mode.READ | Mode.EXEC), Mode.WRITE | 8, repr(Mode.WRITE | 8))
print(repr(Mode(16)), Mode.READ + 1, repr(~Mode.READ), Mode(0), repr(Mode(0)), Mode.READ == 1)
print(f"{Mode.READ | Mode.WRITE}", format(Mode.EXEC, "03b"), isinstance(Mode.READ, int), list(Mode))


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


try:
    Strict(7)
except ValueError as e:
    print("ValueError:", e)
print(repr(Conform(7)), Eject(7), type(Eject(7)).__name__, repr(Keep(7)), repr(Eject(3)))
print(list(FlagBoundary), STRICT == "strict")
