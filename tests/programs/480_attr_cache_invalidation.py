# Class attribute lookups are cached per class; every change along the MRO
# must be seen at once: class attributes, methods replaced on a base,
# descriptors and __getattribute__/__getattr__/__setattr__ added later.


class Base:
    kind = "base"

    def greet(self):
        return "base greet"


class Mid(Base):
    pass


class Leaf(Mid):
    def __init__(self):
        self.own = 1


obj = Leaf()
for round_ in range(3):
    print(round_, obj.kind, obj.greet(), obj.own)
    if round_ == 0:
        Base.kind = "changed"
        Base.greet = lambda self: "new greet"
    elif round_ == 1:
        Mid.kind = "mid"
        del Base.greet
        Mid.greet = lambda self: "mid greet"

# An attribute that appears on the class after it was missing.
try:
    obj.later
except AttributeError as e:
    print("AttributeError:", e)
Base.later = 42
print(obj.later)
del Base.later
try:
    print(obj.later)
except AttributeError as e:
    print("AttributeError:", e)

# A data descriptor added on a base wins over the instance dict.
obj.shadow = "instance"
print(obj.shadow)
Base.shadow = property(lambda self: "property")
print(obj.shadow)
del Base.shadow
print(obj.shadow)


# __getattr__, __getattribute__ and __setattr__ added after first use.
class Plain:
    pass


p = Plain()
p.x = 1
print(p.x)
Plain.__getattr__ = lambda self, name: "fallback " + name
print(p.missing, p.x)
Plain.__getattribute__ = lambda self, name: "always " + name
print(p.x)
del Plain.__getattribute__
print(p.x)
log = []
Plain.__setattr__ = lambda self, name, value: log.append((name, value))
p.y = 2
print(log, hasattr(p, "y"))
del Plain.__setattr__
p.y = 3
print(p.y)

# Many distinct names made at run time.
class Many:
    pass


m = Many()
for i in range(600):
    setattr(Many, "a%d" % i, i)
total = 0
for i in range(600):
    total += getattr(m, "a%d" % i)
print(total)
Many.a5 = "five"
print(getattr(m, "a5"), m.a5)


# Methods looked up through LoadMethod on a class changed in between.
class Counter:
    def step(self):
        return 1


c = Counter()
results = []
for i in range(4):
    results.append(c.step())
    if i == 1:
        Counter.step = lambda self: 2
print(results)

# __init__ replaced between instantiations.
class Made:
    def __init__(self):
        self.v = "first"


print(Made().v)
Made.__init__ = lambda self: setattr(self, "v", "second")
print(Made().v)


# One attribute site seeing instances of several classes in turn.
class WithField:
    def __init__(self):
        self.value = "field"

    def kind(self):
        return "field class"


class WithProperty:
    @property
    def value(self):
        return "property"

    def kind(self):
        return "property class"


class WithMethodInDict:
    def __init__(self):
        self.value = "dict"
        self.kind = lambda: "instance attribute"


def read(o):
    return o.value, o.kind()


def write(o, v):
    try:
        o.value = v
    except AttributeError as e:
        return "AttributeError: " + str(e)
    return o.value


objs = [WithField(), WithProperty(), WithMethodInDict()] * 2
print([read(o) for o in objs])
print([write(o, i) for i, o in enumerate(objs)])
