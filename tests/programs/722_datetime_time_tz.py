# datetime.time, datetime.timezone and user tzinfo subclasses: isoformat
# timespecs, offsets and names, comparisons of naive and aware values, fold.
from datetime import time, timezone, timedelta, tzinfo, datetime, UTC
import datetime as dtmod


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


for args in [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), (23, 59, 59, 999999), (12, 0, 0, 0, timezone.utc),
             (1, 2, 3, 500, timezone(timedelta(hours=5, minutes=30))), (6, 30, 0, 0, timezone(-timedelta(hours=8), "PST"))]:
    t = time(*args)
    print(repr(t), str(t), t.isoformat("milliseconds"), t.isoformat("hours"), t.isoformat("minutes"),
          t.isoformat("microseconds"), t.strftime("%H:%M:%S.%f %z %Z %p %I"), t.utcoffset(), t.tzname(), t.dst())
print(show(lambda: time(1).isoformat("nanoseconds")), show(lambda: time(1).isoformat(5)))
print(time.min, time.max, time.resolution, time(1, fold=1), repr(time(1, fold=1)), time(1, fold=1) == time(1))
t = time(13, 5, 7, 250000)
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, f"{t:%I:%M %p}", format(t, ""), bool(time(0)))
print(repr(t.replace(hour=1)), repr(t.replace(microsecond=0, tzinfo=timezone.utc)), show(lambda: t.replace(minute=60)))
for s in ["10:20", "T10:20", "10", "1020", "10:20:30", "102030", "10:20:30.5", "10:20:30,123456789", "10:20:30Z",
          "10:20+05:30", "10:20:30-0130", "10:20:30+00:00", "10:20:30.1+01:02:03.5", "10:2", "1", "25:00", "10:20:30x", "10+24"]:
    print(repr(s), show(lambda: time.fromisoformat(s)))

print(time(1) < time(2), time(1, tzinfo=timezone.utc) == time(2, tzinfo=timezone(timedelta(hours=1))))
print(time(1) == time(1, tzinfo=timezone.utc), show(lambda: time(1) < time(1, tzinfo=timezone.utc)))
print(hash(time(1, tzinfo=timezone.utc)) == hash(time(2, tzinfo=timezone(timedelta(hours=1)))), show(lambda: time(1) < 1))
for args in [(24,), (1, 60), (1, 1, 60), (1, 1, 1, 10**6), (-1,)]:
    print(args, show(lambda: time(*args)))
print(show(lambda: time(1, fold=2)), show(lambda: time(tzinfo=5)), show(lambda: time(1.5)))

# timezone
for tz in [timezone.utc, UTC, timezone(timedelta(0)), timezone(timedelta(hours=5, minutes=30)),
           timezone(timedelta(hours=5, minutes=30), "IST"), timezone(-timedelta(hours=5, minutes=30, seconds=3, microseconds=5)),
           timezone(timedelta(minutes=-1)), timezone.min, timezone.max, timezone(timedelta(0), "Zulu")]:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.dst(None), tz.tzname(None), tz == timezone.utc)
print(timezone(timedelta(0)) is timezone.utc, dtmod.UTC is timezone.utc, dtmod.MINYEAR, dtmod.MAXYEAR)
print(hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), "x")), timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "x"))
print(show(lambda: timezone(5)), show(lambda: timezone(timedelta(1))), show(lambda: timezone(timedelta(hours=-24))))
print(show(lambda: timezone(timedelta(hours=2), 5)), show(lambda: timezone.utc.utcoffset(5)), show(lambda: timezone.utc < timezone.utc))
print(show(lambda: timezone.utc.fromutc(5)), show(lambda: timezone.utc.fromutc(datetime(2024, 1, 1))))
plus3 = timezone(timedelta(hours=3))
print(plus3.fromutc(datetime(2024, 1, 1, 22, tzinfo=plus3)))

# tzinfo: the abstract base and a subclass with daylight saving time
print(show(lambda: tzinfo().utcoffset(None)), show(lambda: tzinfo().dst(None)), show(lambda: tzinfo().tzname(None)))


class Eastern(tzinfo):
    """US Eastern time, 2007 rules (DST from the 2nd Sunday of March 2:00
    to the 1st Sunday of November 2:00)."""

    def _dst_range(self, year):
        start = datetime(year, 3, 8, 2)
        start += timedelta(days=(6 - start.weekday()) % 7)
        end = datetime(year, 11, 1, 2)
        end += timedelta(days=(6 - end.weekday()) % 7)
        return start, end

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start, end = self._dst_range(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + timedelta(hours=1) <= naive < end - timedelta(hours=1):
            return timedelta(hours=1)
        if end - timedelta(hours=1) <= naive < end:
            return timedelta(0) if dt.fold else timedelta(hours=1)
        if start <= naive < start + timedelta(hours=1):
            return timedelta(hours=1) if dt.fold else timedelta(0)
        return timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def __repr__(self):
        return "Eastern()"


ET = Eastern()
for u in [datetime(2024, 1, 15, 12), datetime(2024, 3, 10, 6, 59), datetime(2024, 3, 10, 7), datetime(2024, 11, 3, 5, 30),
          datetime(2024, 11, 3, 6, 30), datetime(2024, 7, 4, 16)]:
    local = u.replace(tzinfo=timezone.utc).astimezone(ET)
    print(u, "->", repr(local), local.tzname(), local.utcoffset(), local.dst(), local.isoformat())
    back = local.astimezone(timezone.utc)
    print("   back:", back, local.timetuple().tm_isdst, local.utctimetuple()[:6], local.strftime("%H:%M %Z %z"))
amb0 = datetime(2024, 11, 3, 1, 30, tzinfo=ET)
amb1 = amb0.replace(fold=1)
print(amb0.utcoffset(), amb1.utcoffset(), amb0 == amb1, amb1 - amb0, amb0.astimezone(timezone.utc), amb1.astimezone(timezone.utc))
print(amb0 == amb0.astimezone(timezone.utc), amb1 == amb1.astimezone(timezone.utc), amb0 < amb1.astimezone(timezone.utc))
print(show(lambda: tzinfo.fromutc(ET, datetime(2024, 1, 1, tzinfo=ET))), show(lambda: ET.fromutc(datetime(2024, 1, 1))))


class Broken(tzinfo):
    def __init__(self, v):
        self.v = v

    def utcoffset(self, dt):
        return self.v

    def dst(self, dt):
        return self.v

    def tzname(self, dt):
        return self.v


for v in (5, timedelta(days=1), timedelta(hours=-30), None, timedelta(minutes=90), "x"):
    dt = datetime(2024, 1, 1, tzinfo=Broken(v))
    print(repr(v), show(lambda: dt.utcoffset()), show(lambda: dt.dst()), show(lambda: dt.tzname()), show(lambda: dt.isoformat()))
