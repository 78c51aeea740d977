# ValueError messages from builtins and methods.
import math

def unpack(seq):
    a, b = seq
    return a + b

def check(label, fn):
    try:
        result = fn()
        print(f"{label:<30} ok: {result!r}")
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as e:
        print(f"{label:<30} {type(e).__name__}: {e}")

check("int('abc')", lambda: int("abc"))
check("int('')", lambda: int(""))
check("int('3.5')", lambda: int("3.5"))
check("int('12', 2)", lambda: int("12", 2))
check("float('x1')", lambda: float("x1"))
check("[1, 2].remove(3)", lambda: [1, 2].remove(3))
check("[1, 2, 3].index(5)", lambda: [1, 2, 3].index(5))
check("['a'].index('b')", lambda: ["a"].index("b"))
check("'abc'.index('d')", lambda: "abc".index("d"))
check("max([])", lambda: max([]))
check("min(())", lambda: min(()))
check("max('')", lambda: max(""))
check("math.sqrt(-4)", lambda: math.sqrt(-4))
check("math.log(-1)", lambda: math.log(-1))
check("math.acos(2)", lambda: math.acos(2))
check("math.isqrt(-1)", lambda: math.isqrt(-1))
check("chr(-1)", lambda: chr(-1))
check("range(0, 10, 0)", lambda: range(0, 10, 0))
check("'a,b'.split('')", lambda: "a,b".split(""))
check("a, b = [1, 2, 3]", lambda: unpack([1, 2, 3]))
check("a, b = [1]", lambda: unpack([1]))
check("'{}'.format()", lambda: "{}".format())
check("'%d' % (1, 2)", lambda: "%d" % (1, 2))
check("'x' * -1", lambda: "x" * -1)
check("bytes([300])", lambda: bytes([300]))
check("'abc'.encode('ascii')[5]", lambda: "abc".encode("ascii")[5])
check("dict([(1, 2, 3)])", lambda: dict([(1, 2, 3)]))
check("round(1.5, 'x')", lambda: round(1.5, "x"))
check("list(range(3)).pop(7)", lambda: list(range(3)).pop(7))
check("zip strict", lambda: list(zip([1], [1, 2], strict=True)))
check("int(' 42 ')", lambda: int(" 42 "))
check("int('٤٢')", lambda: int("٤٢"))
check("math.factorial(2.5)", lambda: math.factorial(2.5))
check("math.comb(-1, 2)", lambda: math.comb(-1, 2))

def parse_age(text):
    age = int(text)
    if not 0 <= age <= 150:
        raise ValueError(f"age out of range: {age}")
    return age

for t in ["42", "-3", "abc", "200", "7.5"]:
    try:
        print(t, "->", parse_age(t))
    except ValueError as e:
        print(t, "->", e)
