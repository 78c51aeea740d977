# isinstance() refuses a parameterized generic inside a union.

Payload = dict | list[int] | None


def validate(value):
    if isinstance(value, Payload):
        return "ok"
    return "bad"


print(Payload)
print(validate({}), validate(None))
print(validate([1, 2]))
