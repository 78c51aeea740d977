import pprint, types
ns = types.SimpleNamespace(alpha=list(range(30)), beta="b" * 50, gamma={"x": 1})
pprint.pprint(ns)
pprint.pprint([ns], width=40)
class NS(types.SimpleNamespace): pass
pprint.pprint(NS(a=1, b=list(range(40))))
pprint.pprint(types.SimpleNamespace(), width=1)
class P(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return object.upper(), True, False
        return super().format(object, context, maxlevels, level)
P(width=20).pprint({"k": ["abc", "def", "ghi", "jkl", "mno", "pqr"]})
print(pprint.pformat("a" * 100, width=30))
print(pprint.pformat(("a" * 100,), width=30))
print(pprint.pformat({"k": "  leading and trailing  spaces  " * 3}, width=30))
print(pprint.pformat("tabs\tand\ttabs " * 10, width=25))
print(pprint.pformat([1.5, 2.25, -0.0, float("inf"), 1e100, complex(1, 2)], width=15))
print(pprint.pformat(list(range(10**6, 10**6 + 20)), underscore_numbers=True, compact=True))
