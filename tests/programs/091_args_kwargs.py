# *args and **kwargs: collecting, forwarding, unpacking at call sites.

def describe(*args, **kwargs):
    parts = [repr(a) for a in args]
    parts += [f"{k}={v!r}" for k, v in kwargs.items()]
    return "describe(" + ", ".join(parts) + ")"

print(describe())
print(describe(1, "two", [3]))
print(describe(a=1, b=2))
print(describe(1, *[2, 3], *"ab", x=1, **{"y": 2, "z": 3}))

def total(first, *rest, scale=1):
    return (first + sum(rest)) * scale

print(total(1), total(1, 2, 3), total(1, 2, 3, scale=10), total(*range(5)), total(*[4], scale=-1))

def forward(*args, **kwargs):
    return describe(*args, **kwargs)

print(forward(1, 2, sep="-"))

def make_tag(name, *children, **attrs):
    attr_text = "".join(f' {k}="{v}"' for k, v in sorted(attrs.items()))
    inner = "".join(children)
    return f"<{name}{attr_text}>{inner}</{name}>"

print(make_tag("p", "hello ", make_tag("b", "world"), id="intro", cls="lead"))
print(make_tag("br"))
args = ("div", "content")
kwargs = {"style": "color: red"}
print(make_tag(*args, **kwargs))

def stats(*numbers):
    if not numbers:
        return None
    return {"n": len(numbers), "min": min(numbers), "max": max(numbers), "type": type(numbers).__name__}

print(stats(), stats(5), stats(3, 1, 4, 1, 5))

def merge(**sources):
    return {k: v for k, v in sorted(sources.items())}

print(merge(b=2, a=1, **{"c": 3}), merge())
point = {"x": 1, "y": 2}
def at(x, y, z=0):
    return (x, y, z)
print(at(**point), at(*[5, 6], **{"z": 7}), at(1, *(), y=9))
print(print.__name__, max(*[3, 9, 2]), min(*"zebra"), "{}-{}".format(*"ab"))
try:
    at(**{"x": 1, "y": 2, "w": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    describe(**{1: "x"})
except TypeError as e:
    print("TypeError:", e)
try:
    at(*5)
except TypeError as e:
    print("TypeError:", e)
