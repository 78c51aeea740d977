# Function objects as mutable records: defaults, names, docs, __dict__.


def greet(name, greeting="Hello", *, punct="!"):
    """Say hello."""
    return f"{greeting}, {name}{punct}"


print(greet("ada"))
print(greet.__defaults__, greet.__kwdefaults__, greet.__doc__)
greet.__defaults__ = ("Hi",)
greet.__kwdefaults__ = {"punct": "?"}
print(greet("bob"))
greet.__defaults__ = None
try:
    greet("cy")
except TypeError as e:
    print("TypeError:", e)
greet.__defaults__ = ("Hey",)
del greet.__kwdefaults__
try:
    greet("dee")
except TypeError as e:
    print("TypeError:", e)
greet.__kwdefaults__ = {"punct": "."}
print(greet("eve"))

greet.__name__ = "salute"
greet.__qualname__ = "Greeter.salute"
greet.__doc__ = "Salutes."
greet.__module__ = "greetings"
print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(repr(greet).split(" at ")[0])

greet.calls = 0
greet.tags = ["polite"]
print(greet.__dict__)
greet.__dict__ = {"fresh": True}
print(greet.__dict__, hasattr(greet, "calls"))
del greet.fresh
print(greet.__dict__)

code = greet.__code__
print(code.co_name, code.co_argcount, code.co_varnames, code.co_firstlineno)
print(code.co_filename.endswith("499_function_attributes.py"))

for attr, value in [
    ("__defaults__", [1]),
    ("__kwdefaults__", 5),
    ("__dict__", None),
    ("__name__", 3),
    ("__qualname__", None),
]:
    try:
        setattr(greet, attr, value)
    except TypeError as e:
        print("TypeError:", e)
for attr in ("__name__", "__dict__", "missing"):
    try:
        delattr(greet, attr)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    code.co_name = "other"
except AttributeError as e:
    print("AttributeError:", e)


def counted(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)

    wrapper.calls = 0
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    wrapper.__wrapped__ = func
    return wrapper


@counted
def square(n):
    "Square a number."
    return n * n


print([square(i) for i in range(4)], square.calls, square.__name__, square.__doc__)
print(square.__wrapped__(9), square.__wrapped__.__name__)
