# datetime.timedelta: normalisation, float arguments (rounded half to even),
# arithmetic with ints, floats and timedeltas, str/repr and overflow errors.
from datetime import timedelta
import random


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


print(repr(timedelta()), repr(timedelta(1, 7384, 5)), str(timedelta(1, 7384, 5)))
print(timedelta(days=-1), timedelta(seconds=-1), timedelta(microseconds=-1), timedelta(2))
print(timedelta(weeks=1, days=1, hours=1, minutes=1, seconds=1, milliseconds=1, microseconds=1))
print(repr(timedelta(hours=-25)), repr(timedelta(seconds=86400 * 3 + 5)), repr(timedelta(milliseconds=1500)))
print(timedelta.min, timedelta.max, repr(timedelta.resolution))
td = timedelta(days=3, hours=4, microseconds=9)
print(td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td), bool(timedelta(0)))

# Float components: the sub-microsecond rest is rounded half to even.
for kw in [dict(microseconds=0.5), dict(microseconds=1.5), dict(microseconds=2.5),
           dict(microseconds=-0.5), dict(microseconds=-1.5), dict(seconds=0.5, microseconds=0.5),
           dict(days=1.1, hours=0.3, milliseconds=0.0005), dict(weeks=-1.123456789),
           dict(minutes=0.25), dict(hours=1 / 3), dict(days=-0.000001), dict(seconds=1e-7)]:
    print(sorted(kw.items()), repr(timedelta(**kw)))

r = random.Random(720)
names = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"]
lines = []
for i in range(2000):
    kw = {}
    for k in r.sample(names, r.randrange(1, 4)):
        c = r.random()
        if c < 0.4:
            kw[k] = r.randrange(-10**6, 10**6)
        elif c < 0.8:
            kw[k] = r.uniform(-1000, 1000)
        else:
            kw[k] = r.randrange(-20, 20) / 8
    lines.append(show(lambda: timedelta(**kw)))
for line in lines[:25]:
    print(line)
h = 0
for line in lines:
    for ch in line:
        h = (h * 31 + ord(ch)) % 1000000007
print("checksum", h)

vals = [timedelta(0), timedelta(1), timedelta(-1), timedelta(0, 1), timedelta(0, 0, 1),
        timedelta(-3, 7, 11), timedelta(days=5, hours=3, microseconds=123457)]
ops = [2, -3, 0.5, 1.3, -0.25, 1e-7, 7, timedelta(0, 3), timedelta(-1, 5), timedelta(0, 0, 7)]
for a in vals:
    print(str(a), repr(a), a.total_seconds(), abs(a), -a, +a)
    for b in ops:
        print("  ", b, "|", show(lambda: a * b), show(lambda: a / b), show(lambda: a // b),
              show(lambda: a % b), show(lambda: divmod(a, b)), show(lambda: a + b),
              show(lambda: a < b), show(lambda: a == b))
print(3 * timedelta(hours=1), 0.5 * timedelta(hours=1), timedelta(1) / timedelta(hours=1))
print(sorted([timedelta(3), timedelta(-1), timedelta(0, 5)]), max(timedelta(1), timedelta(hours=25)))
print({timedelta(1): "a"}[timedelta(hours=24)], timedelta(1) == 1, timedelta(1) != "x")
print(f"{timedelta(1, 5)}", "%s" % timedelta(0, 0, 5), format(timedelta(2), ""))

# Errors.
print(show(lambda: timedelta(days=10**9)), show(lambda: timedelta(days=-10**9)))
print(show(lambda: timedelta(days=10**30)), show(lambda: timedelta("1")))
print(show(lambda: timedelta(seconds=None)), show(lambda: timedelta(days=float("inf"))))
print(show(lambda: timedelta(days=float("nan"))), show(lambda: timedelta.max + timedelta.max))
print(show(lambda: timedelta.max * 10), show(lambda: -timedelta.max - timedelta(1)))
print(show(lambda: timedelta(1) / 0), show(lambda: timedelta(1) // 0), show(lambda: timedelta(1) % timedelta(0)))
print(show(lambda: timedelta(1) / 0.0), show(lambda: timedelta(1) / timedelta(0)), show(lambda: timedelta(1) // 2.0))
print(show(lambda: timedelta(1) < 5), show(lambda: timedelta(1) + 5), show(lambda: 5 - timedelta(1)))
print(show(lambda: timedelta(1) * "a"), show(lambda: "a" * timedelta(1)), show(lambda: format(timedelta(1), "x")))
print(show(lambda: setattr(timedelta(1), "days", 2)), timedelta.days)
