# del of names, items, slices; assert with and without messages.

x = 10
y = [1, 2, 3, 4, 5]
z = {"a": 1, "b": 2, "c": 3}
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
del y[1], z["b"]
print(y, z)
del y[::2]
print(y)
a, b = 1, 2
del a, b
print("a" in globals(), "b" in globals())

def remove_keys(d, *keys):
    for k in keys:
        if k in d:
            del d[k]
    return d

print(remove_keys({"x": 1, "y": 2, "z": 3}, "x", "q", "z"))

def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n * 2

print(check_positive(4))
try:
    check_positive(-3)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError with no message:", repr(e), e.args, str(e) == "")
assert True, "never shown"
assert [1], "non-empty list is truthy"

def f():
    local = "value"
    del local
    try:
        return local
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)

print(f())
items = list(range(10))
for i in range(len(items) - 1, -1, -1):
    if items[i] % 3 == 0:
        del items[i]
print(items)
try:
    del z["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del items[100]
except IndexError as e:
    print("IndexError:", e)
def g():
    pass
del g
print("g" in globals())
