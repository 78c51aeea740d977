# raise ... from ...: explicit chaining, __cause__, __context__, from None.


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"invalid port {text!r}") from e

try:
    parse_port("http")
except RuntimeError as e:
    print("caught:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)

def lookup(config, key):
    try:
        return config[key]
    except KeyError:
        raise LookupError(f"missing setting {key}") from None

try:
    lookup({}, "db")
except LookupError as e:
    print("caught:", e, "| cause:", e.__cause__, "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)

def wrap_errors(fn):
    def inner(*args):
        try:
            return fn(*args)
        except (ZeroDivisionError, ValueError) as exc:
            raise ArithmeticError("computation failed: " + str(exc)) from exc
    return inner

@wrap_errors
def ratio(a, b):
    return a / b

print(ratio(6, 3))
try:
    ratio(1, 0)
except ArithmeticError as e:
    print(e, "<-", repr(e.__cause__))

try:
    try:
        raise ValueError("inner")
    except ValueError as inner:
        raise TypeError("outer") from inner
except TypeError as outer:
    chain = []
    exc = outer
    while exc is not None:
        chain.append(f"{type(exc).__name__}({exc})")
        exc = exc.__cause__
    print(" <- ".join(chain))
e1 = ValueError("standalone")
print(e1.__cause__, e1.__context__, e1.__suppress_context__)
try:
    raise KeyError("x") from ValueError("y")
except KeyError as e:
    print(repr(e), repr(e.__cause__))
