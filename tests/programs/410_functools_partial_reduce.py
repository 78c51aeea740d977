# partial application and reduce.
from functools import partial, reduce
import operator

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)

square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(7), cube(2), square(5, mod=3))
to_int = partial(int, base=2)
print(to_int("1011"), to_int("111", base=8))
print(square.func is power, square.args, square.keywords)

log = partial(print, "[log]", sep=" | ")
log("started", "ok")

add3 = partial(partial(operator.add, 1), 2)
print(add3(), add3.args, add3.func is operator.add)
p = partial(max, 5, key=abs)
print(p(-7, 3), repr(p))
print(repr(partial(operator.add, 1)), repr(partial(len)))
p.note = "extra attribute"
print(p.note)
try:
    p.func = min
except AttributeError as e:
    print(e)

class Greeter(partial):
    pass
g = Greeter(str.format, "{}-{}")
print(g("a", "b"), type(g).__name__, repr(g)[:12])

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(operator.mul, range(1, 11), 1))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde", "f"], 0))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], "empty"))
print(reduce(lambda a, b: b + a, "stressed"))
nested = {"a": {"b": {"c": 42}}}
print(reduce(operator.getitem, ["a", "b", "c"], nested))

for f in [lambda: reduce(operator.add, []), lambda: reduce(operator.add, 5),
          lambda: reduce(operator.add), lambda: partial(), lambda: partial(5),
          lambda: reduce(operator.add, [1], x=1)]:
    try:
        f()
    except TypeError as e:
        print(e)
