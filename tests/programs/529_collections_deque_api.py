from collections import deque

d = deque("abc")
print(d, repr(deque()), deque(range(3), maxlen=2), deque([], 0))
d.append("d"); d.appendleft("z")
print(d, d[0], d[-1], d[2], len(d))
d.extend("xy"); d.extendleft("12")
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); d.rotate(len(d) * 5 + 1); print(d)
print(d.count("x"), d.index("x"), d.index("x", 2), "q" in d, "z" in d)
d.insert(2, "ins"); d.insert(-1, "neg"); d.insert(100, "end"); print(d)
d.remove("ins"); del d[0]; d[0] = "first"; print(d)
d.reverse(); print(d)
print(d.pop(), d.popleft(), d)
e = d.copy(); e.clear(); print(d, e, bool(e), bool(d))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 3, 2 * deque([0]), deque([1, 2], maxlen=3) * 2)
f = deque([1]); f += [2, 3]; f *= 2; print(f)
g = deque(maxlen=3)
g.extend(range(10)); print(g)
g.appendleft(-1); print(g)
g.extendleft([100, 200]); print(g)
print(list(reversed(deque([1, 2, 3]))), sum(deque(range(5))), sorted(deque([3, 1, 2])), max(deque([4, 9])))
print(deque(maxlen=2).maxlen, deque().maxlen)
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[3],
            lambda: deque([1], maxlen=1).insert(0, 5)):
    try:
        bad()
    except IndexError as e:
        print("IndexError:", e)
for bad in (lambda: deque([1]).index(5), lambda: deque([1]).remove(7), lambda: deque([], -1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
for bad in (lambda: deque([1]) + [2], lambda: deque()["a"], lambda: hash(deque()),
            lambda: deque(x=1), lambda: deque([], "a"), lambda: deque([1]) * "a",
            lambda: deque([1]) < [1]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    deque().maxlen = 3
except AttributeError as e:
    print("AttributeError")
it = deque([1, 2, 3])
try:
    for x in it:
        if x == 2:
            it.append(4)
except RuntimeError as e:
    print("RuntimeError:", e)
rec = deque([1])
rec.append(rec)
print(rec)


class History(deque):
    def __init__(self, items=(), limit=4):
        super().__init__(items, limit)

    def last(self):
        return self[-1] if self else None


h = History("abcdef")
print(h, h.last(), type(h).__name__, isinstance(h, deque), h.maxlen, History().last())
h2 = h.copy()
print(type(h2).__name__, h2 == h, h2 is h)
