# The types module: names for built-in types, MethodType, ModuleType and
# SimpleNamespace used to assemble objects at run time.
import types


class Greeter:
    def hello(self):
        return "hi"


def shout(self, text):
    return f"{type(self).__name__} says {text.upper()}"


g = Greeter()
print(types.FunctionType is type(shout), isinstance(g.hello, types.MethodType))
print(types.FunctionType, types.MethodType, types.BuiltinFunctionType, types.ModuleType)
print(types.NoneType, types.GeneratorType, types.CodeType, types.UnionType, types.GenericAlias)
print(isinstance(int | None, types.UnionType), isinstance(list[int], types.GenericAlias))

g.shout = types.MethodType(shout, g)
print(g.shout("hey"), g.shout.__self__ is g, g.shout.__func__ is shout)

plugins = types.ModuleType("plugins", "Run-time plugin namespace.")
plugins.version = (1, 2)
plugins.greet = lambda name: f"hello {name}"
print(plugins, plugins.__name__, plugins.__doc__, plugins.version, plugins.greet("ada"))
print(sorted(k for k in vars(plugins) if not k.startswith("__")))

cfg = types.SimpleNamespace(host="localhost", port=8080)
cfg.debug = True
print(cfg, cfg.port, vars(cfg))
print(cfg == types.SimpleNamespace(host="localhost", port=8080, debug=True), cfg == 3)
del cfg.debug
print(cfg, hasattr(cfg, "debug"))

Point = types.new_class("Point", (), {}, lambda ns: ns.update(dims=2, norm=lambda self: 0))
print(Point.__name__, Point.dims, Point().norm())

for bad in [
    lambda: types.MethodType(1, g),
    lambda: types.MethodType(shout, None),
    lambda: types.ModuleType(5),
    lambda: types.SimpleNamespace({"a": 1}),
    lambda: hash(cfg),
]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
