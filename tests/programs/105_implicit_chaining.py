# Implicit exception chaining via __context__ when raising inside except/finally.

def fail_in_handler():
    try:
        {}["key"]
    except KeyError:
        return int("not a number")

try:
    fail_in_handler()
except ValueError as e:
    print("ValueError:", e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)

def fail_in_finally():
    try:
        raise TypeError("original")
    finally:
        raise RuntimeError("from finally")

try:
    fail_in_finally()
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))

def three_level():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            [][1]
    except IndexError:
        raise KeyError("final")

try:
    three_level()
except KeyError as e:
    names = []
    cur = e
    while cur is not None:
        names.append(type(cur).__name__)
        cur = cur.__context__
    print(" -> ".join(names))

try:
    raise ValueError("no context")
except ValueError as e:
    print(e.__context__ is None)
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        raise a
except ValueError as e:
    print("reraised same object, context:", e.__context__)
