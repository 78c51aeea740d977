# The types module: SimpleNamespace as a config record, type checks with the
# named built-in types, MethodType to bind functions, and new_class.
import types
import sys


defaults = types.SimpleNamespace(host="localhost", port=8080, debug=False)
print(defaults)
override = types.SimpleNamespace(**vars(defaults))
override.port = 9090
override.tags = ["a", "b"]
del override.debug
print(override, override.port, hasattr(override, "debug"))
print(defaults == types.SimpleNamespace(host="localhost", port=8080, debug=False), defaults == override)
print(sorted(vars(override)), type(defaults).__name__, types.SimpleNamespace.__module__)
try:
    types.SimpleNamespace({"a": 1})
except TypeError as exc:
    print("TypeError:", exc)
print(type(defaults).__hash__ is None)


class Settings(types.SimpleNamespace):
    def describe(self):
        return ", ".join("%s=%s" % kv for kv in sorted(vars(self).items()))


s = Settings(level=3, name="x")
s.me = s
print(repr(s).replace(" ", ""), s.describe().count("="))


def gen():
    yield 1


def plain():
    return 1


checks = [
    (gen(), types.GeneratorType), (plain, types.FunctionType), (lambda: 0, types.LambdaType),
    (len, types.BuiltinFunctionType), ([].append, types.BuiltinMethodType),
    (sys, types.ModuleType), (None, types.NoneType), (..., types.EllipsisType),
    (NotImplemented, types.NotImplementedType), (plain.__code__, types.CodeType),
    (list[int], types.GenericAlias),
]
print([isinstance(obj, t) for obj, t in checks])
print(isinstance(plain, types.GeneratorType), isinstance(gen, types.FunctionType))


class Counter:
    def __init__(self):
        self.count = 0


def bump(self, by=1):
    self.count += by
    return self.count


c = Counter()
c.bump = types.MethodType(bump, c)
print(c.bump(), c.bump(5), type(c.bump).__name__, c.bump.__self__ is c, c.bump.__func__ is bump)
try:
    types.MethodType(42, c)
except TypeError as exc:
    print("TypeError:", exc)


def body(ns):
    ns["greet"] = lambda self: "hello from " + type(self).__name__
    ns["answer"] = 42


Dyn = types.new_class("Dyn", (Counter,), exec_body=body)
d = Dyn()
print(Dyn.__name__, d.greet(), d.answer, d.count, [k.__name__ for k in Dyn.__mro__])
meta, ns, kw = types.prepare_class("X", (Dyn,), {"metaclass": type, "flag": 1})
print(meta, ns, kw)
print(types.resolve_bases((int, str)))
