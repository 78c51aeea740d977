# Errors are values you can catch: try/except/else/finally, raising your
# own, and what the messages look like. This program ends normally.

import math


def safe_divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print(f"  {a} / {b}: caught ZeroDivisionError: {e}")
        return None
    else:
        print(f"  {a} / {b} = {result}")
        return result
    finally:
        print("    (finally runs either way)")


print("Division:")
safe_divide(10, 4)
safe_divide(1, 0)

print("\nCommon errors and their messages:")
attempts = [
    ("index a list", lambda: [1, 2, 3][10]),
    ("look up a missing key", lambda: {"a": 1}["b"]),
    ("convert a bad number", lambda: int("forty-two")),
    ("add a string and an int", lambda: "1" + 1),
    ("use an undefined name", lambda: undefined_name),
    ("take the square root of -1", lambda: math.sqrt(-1)),
]
for what, action in attempts:
    try:
        action()
    except Exception as e:
        print(f"  {what:<28} -> {type(e).__name__}: {e}")


def check_age(age):
    if not isinstance(age, int):
        raise TypeError(f"age must be an int, not {type(age).__name__}")
    if age < 0:
        raise ValueError(f"age cannot be negative: {age}")
    return age


print("\nRaising your own:")
for value in [30, -5, "old"]:
    try:
        check_age(value)
        print(f"  {value!r}: fine")
    except (ValueError, TypeError) as e:
        print(f"  {value!r}: {type(e).__name__}: {e}")

print("\nChained exceptions:")
try:
    try:
        {}["config"]
    except KeyError as e:
        raise RuntimeError("could not load settings") from e
except RuntimeError as e:
    print(f"  {e} (caused by {type(e.__cause__).__name__}: {e.__cause__})")

print("\nAll errors were handled; exiting normally.")
