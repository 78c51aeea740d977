# Exceptions as values: args, str, repr, type names, storing and re-inspecting.

def capture(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        return e
    return None

cases = [
    (int, "xyz"),
    (lambda: [][0],),
    (lambda: {}["missing"],),
    (lambda: 1 / 0,),
    (lambda: None.attr,),
    (lambda: "a" + 1,),
    (lambda: undefined_variable,),
]
for case in cases:
    e = capture(*case)
    print(type(e).__name__, "|", e, "|", e.args, "|", repr(e))

try:
    raise ValueError("one", 2, [3])
except ValueError as e:
    print(e, e.args, len(e.args), repr(e))
try:
    raise KeyError("k")
except KeyError as e:
    print(str(e), repr(e), e.args[0])
try:
    raise RuntimeError
except RuntimeError as e:
    print(repr(str(e)), repr(e), e.args)
try:
    raise Exception()
except Exception as e:
    print(repr(e), str(e) == "")

err = ValueError("made by hand")
print(err, type(err).__name__, isinstance(err, Exception), isinstance(err, ValueError))
errors = [ValueError("v"), TypeError("t"), KeyError("k"), IndexError("i"), ZeroDivisionError("z")]
print([type(x).__name__ for x in errors], [str(x) for x in errors])
print([isinstance(x, LookupError) for x in errors], [isinstance(x, ArithmeticError) for x in errors])

def first_error(funcs):
    for f in funcs:
        try:
            f()
        except Exception as e:
            return f"{type(e).__name__}: {e}"
    return "no error"

print(first_error([lambda: 1, lambda: int("5"), lambda: int("5.5")]))
try:
    raise ValueError("x")
except ValueError as e:
    saved = e
print("after except, saved:", repr(saved))
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
print(KeyError("a", "b"), IndexError(), str(OSError("oops")), repr(StopIteration(5)))
