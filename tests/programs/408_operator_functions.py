# The function form of every operator, used as first-class values.
import operator as op

table = [("add", op.add), ("sub", op.sub), ("mul", op.mul), ("truediv", op.truediv),
         ("floordiv", op.floordiv), ("mod", op.mod), ("pow", op.pow), ("lshift", op.lshift),
         ("rshift", op.rshift), ("and_", op.and_), ("or_", op.or_), ("xor", op.xor)]
for name, f in table:
    print(name, f(17, 5), f(-17, 5))
print(op.truediv(1, 4), op.mod(-7.5, 2), op.pow(2, -1), op.pow(2, 100))
print(op.neg(5), op.pos(-3), op.abs(-2.5), op.invert(5), op.inv(0), op.index(7))
print(op.not_([]), op.truth("x"), op.is_(None, None), op.is_not(1, None))
print([f(2, 3) for f in (op.lt, op.le, op.eq, op.ne, op.gt, op.ge)])
print(op.concat([1], [2]), op.concat("ab", "c"), op.contains("team", "ea"), op.contains([1, 2], 3))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf("hello", "l"))
d = {"a": 1}
op.setitem(d, "b", 2)
print(op.getitem(d, "b"), d)
op.delitem(d, "a")
print(d)
lst = [1, 2]
print(op.iadd(lst, [3]) is lst, lst, op.iadd(5, 1), op.imul("ab", 2), op.iconcat([0], (1,)))
print(op.ipow(3, 2), op.ior({1}, {2}), op.ixor(6, 3), op.ifloordiv(7, 2), op.imod(7, 4))
print(op.length_hint([1, 2, 3]), op.length_hint(iter("abcd")), op.length_hint(iter(range(9))))
it = iter([1, 2, 3, 4])
next(it)
print(op.length_hint(it), op.length_hint(object(), 12), op.length_hint(x for x in "ab"))
print(op.call(max, 3, 9, key=lambda v: -v))
print(op.__add__ is op.add, op.__lt__(1, 2))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __lt__(self, other):
        return self.cents < other.cents
    def __repr__(self):
        return f"Money({self.cents})"
print(op.add(Money(5), Money(7)), op.lt(Money(1), Money(2)))

for f in [lambda: op.add(1), lambda: op.add(1, "a"), lambda: op.neg("x"), lambda: op.abs("x"),
          lambda: op.concat(1, 2), lambda: op.index(2.5), lambda: op.indexOf([1], 9),
          lambda: op.truediv(1, 0), lambda: op.lt(1, "a"), lambda: op.add(a=1),
          lambda: op.length_hint(1, "a"), lambda: op.matmul(1, 2)]:
    try:
        print(f())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
