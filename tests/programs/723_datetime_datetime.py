# datetime.datetime: construction, repr/str/isoformat, arithmetic across the
# calendar, UTC timestamps, ISO parsing, combine/replace and comparisons.
# Nothing printed depends on the clock or the local time zone.
from datetime import datetime, date, time, timedelta, timezone, UTC
import random


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


dt = datetime(2024, 1, 2, 3, 4, 5)
print(repr(dt), str(dt), dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="minutes"))
print(repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3, 4, 5, 6)), repr(datetime(2024, 1, 2, 0, 0, 0, 6)))
aware = datetime(2024, 1, 2, 3, 4, 5, 600, tzinfo=timezone(timedelta(hours=-8), "PST"), fold=1)
print(repr(aware), str(aware), aware.isoformat(timespec="milliseconds"), aware.ctime())
print(aware.year, aware.month, aware.day, aware.hour, aware.minute, aware.second, aware.microsecond, aware.tzinfo, aware.fold)
print(repr(aware.date()), repr(aware.time()), repr(aware.timetz()), aware.timetuple(), aware.utctimetuple())
print(datetime.min, datetime.max, datetime.resolution, repr(datetime.min))
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds", "bad"):
    print(spec, show(lambda: datetime(2024, 5, 6, 7, 8, 9, 123456).isoformat(timespec=spec)))
print(show(lambda: dt.isoformat(sep="ab")), show(lambda: dt.isoformat(sep=5)), show(lambda: dt.isoformat(timespec=5)))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %z %Z %j %a %b %p %I %y %%"), f"{aware:%H:%M:%S.%f %z %Z}", format(dt, ""))

# Arithmetic over random instants (checked against CPython by checksum).
r = random.Random(723)
zones = [None, timezone.utc, timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(hours=8), "PST")]
h = 0
for i in range(400):
    d = date.fromordinal(r.randrange(1, 3652060))
    x = datetime(d.year, d.month, d.day, r.randrange(24), r.randrange(60), r.randrange(60), r.choice([0, r.randrange(10**6)]), r.choice(zones))
    delta = timedelta(days=r.randrange(-2000, 2000), seconds=r.randrange(86400), microseconds=r.randrange(10**6))
    parts = [repr(x), str(x), show(lambda: x + delta), show(lambda: x - delta), show(lambda: x - datetime(2000, 1, 1, tzinfo=x.tzinfo)),
             x.strftime("%Y %j %U %W %a"), str(x.isocalendar()), show(lambda: x.timestamp() if x.tzinfo else None),
             show(lambda: x.astimezone(timezone.utc) if x.tzinfo else None)]
    assert datetime.fromisoformat(x.isoformat()) == x
    for ch in " ".join(parts):
        h = (h * 31 + ord(ch)) % 1000000007
    if i < 5:
        print(*parts)
print("checksum", h)

print(dt + timedelta(hours=21), dt - timedelta(days=2, microseconds=1), timedelta(weeks=1) + dt)
print(datetime(2024, 3, 1) - datetime(2024, 2, 1), datetime(2023, 3, 1) - datetime(2023, 2, 1), datetime(2024, 1, 1) - datetime(2025, 1, 1, 12))
a = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
b = datetime(2024, 1, 1, 17, 30, tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(a == b, a - b, hash(a) == hash(b), a < b, b.astimezone(timezone.utc), a.astimezone(b.tzinfo))
print(show(lambda: datetime.max + timedelta(microseconds=1)), show(lambda: datetime.min - timedelta(microseconds=1)))
print(show(lambda: dt < a), dt == a, dt != a, show(lambda: dt - a), show(lambda: dt < date(2024, 1, 1)), dt == date(2024, 1, 2))
print(show(lambda: dt + 1), show(lambda: dt - 1), show(lambda: 1 - dt), show(lambda: date(2024, 1, 2) - dt))
print(sorted([datetime(2024, 1, 2), datetime(2023, 5, 6), datetime(2024, 1, 1, 23)]))

# POSIX timestamps in UTC (round half to even at the microsecond).
for ts in [0, 1, -1, 1e9, 1700000000.5, 1700000000.0000005, 1700000000.0000015, -0.5, 1.5e-6, -1.5e-6,
           2**31, 253402300799, 253402300800, -62135596800, -62135596801, 1e20, float("nan")]:
    print(ts, show(lambda: datetime.utcfromtimestamp(ts)), show(lambda: datetime.fromtimestamp(ts, timezone.utc)),
          show(lambda: datetime.fromtimestamp(ts, timezone(timedelta(hours=-3)))))
print(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=UTC).timestamp())
print(show(lambda: datetime.fromtimestamp("x")), show(lambda: datetime.fromtimestamp(0, 5)))

# now()/today() by type and consistency only.
n = datetime.now()
u = datetime.now(timezone.utc)
print(type(n).__name__, n.tzinfo, u.tzinfo, type(datetime.utcnow()).__name__, type(datetime.today()).__name__)
print(abs(u - datetime.utcnow().replace(tzinfo=timezone.utc)) < timedelta(seconds=5), abs(n.timestamp() - u.timestamp()) < 5)
print(n.astimezone().utcoffset() is not None, n.astimezone(timezone.utc).tzinfo)

# fromisoformat (3.11 accepts more than isoformat produces)
for s in ["2024-01-02", "20240102", "2024-W01-3", "2024W013T1020Z", "2024-01-02T03", "2024-01-02T0304",
          "2024-01-02 03:04:05", "2024-01-02T03:04:05.1", "2024-01-02T03:04:05,123", "2024-01-02T03:04:05.1234567",
          "2024-01-02T03:04:05+01", "2024-01-02T03:04:05-0130", "2024-01-02T03:04:05+01:30:15.5", "20240102T102030,5-0130",
          "2024-01-02T03:04:05Z", "2024-01-02T24:00", "2024-01-02T", "2024-01-02T3", "2024-01-02T03:04:", "2024-01-02X03:04",
          "2024-02-30", "2024", "2024-01-02T03:04:05+24:00", "2024-01-02T03:04:05+00:00", "2024-01-02T03:04:05Z+01"]:
    print(repr(s), show(lambda: datetime.fromisoformat(s)))

print(datetime.combine(date(2024, 5, 6), time(7, 8, tzinfo=timezone.utc)), datetime.combine(date(2024, 5, 6), time(7, 8), zones[2]))
print(show(lambda: datetime.combine(5, time())), show(lambda: datetime.combine(date(2024, 1, 1), 5)))
print(repr(dt.replace(year=2000, tzinfo=timezone.utc)), repr(aware.replace(tzinfo=None, fold=0)), show(lambda: dt.replace(day=32)))
print(datetime.fromordinal(738000), dt.toordinal(), datetime.fromisocalendar(2024, 1, 1), dt.weekday(), dt.isoweekday())
for args in [(2024, 1), (2024, 1, 1, 24), (2024, 1, 1, 0, 60), (2024, 1, 1, 0, 0, 60), (2024, 1, 1, 0, 0, 0, 10**6),
             (2024, 2, 30), (2024, 1, 1, 1.5), (2024, 1, 1, 0, 0, 0, 0, 5)]:
    print(args, show(lambda: datetime(*args)))
print(show(lambda: datetime(2024, 1, 1, fold=2)), show(lambda: setattr(dt, "hour", 1)), datetime.hour)
print(issubclass(datetime, date), isinstance(dt, date), datetime.__name__, datetime.__module__, type(dt))
