# utcoffset/dst/tzname of time and datetime (None vs self handed to the tzinfo, checks of the answers) and replace().
import datetime as dt
class Z(dt.tzinfo):
    def utcoffset(self, d): return dt.timedelta(hours=2) if d is None else dt.timedelta(hours=3)
    def dst(self, d): return None
    def tzname(self, d): return "Zed" if d else "Z0"
class Bad(dt.tzinfo):
    def utcoffset(self, d): return 5
    def tzname(self, d): return 7
for obj in (dt.time(1, tzinfo=Z()), dt.datetime(2020, 1, 1, tzinfo=Z()), dt.time(1), dt.datetime(2020, 1, 1)):
    print(obj.utcoffset(), obj.dst(), obj.tzname())
for obj in (dt.time(1, tzinfo=Bad()), dt.datetime(2020, 1, 1, tzinfo=Bad())):
    for m in (obj.utcoffset, obj.tzname):
        try: m()
        except TypeError as e: print(e)
import datetime as dt
t = dt.time(1, 2, 3, 4, fold=1)
print(repr(t.replace(hour=5)), repr(t.replace(tzinfo=dt.timezone.utc)), repr(t.replace(fold=0, microsecond=9)))
d = dt.datetime(2020, 5, 6, 7, 8, 9, 10, tzinfo=dt.timezone.utc)
print(repr(d.replace(year=2021, minute=1)), repr(d.replace(tzinfo=None)), repr(d.replace(day=31, month=1)))
class T(dt.datetime): pass
print(type(T(2020, 1, 1).replace(hour=3)).__name__)
for bad in [dict(hour=24), dict(month=13), dict(tzinfo=3), dict(fold=2)]:
    try: d.replace(**bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
