# datetime.date: ordinals, weekdays and ISO calendars over many dates (checked
# against CPython by checksum), ISO parsing, formatting and comparisons.
from datetime import date, timedelta, datetime
import random


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


r = random.Random(721)
ords = list(range(1, 800)) + list(range(3651300, 3652060)) + [r.randrange(1, 3652060) for _ in range(2500)]
h = 0
count = 0
for n in ords:
    d = date.fromordinal(n)
    assert d.toordinal() == n
    iso = d.isocalendar()
    assert date.fromisocalendar(*iso) == d
    assert date.fromisoformat(d.isoformat()) == d
    line = "%s %d %d %s %s %s" % (d, d.weekday(), d.isoweekday(), tuple(iso), d.ctime(), d.strftime("%j %U %W %y %b %a"))
    for ch in line:
        h = (h * 31 + ord(ch)) % 1000000007
    count += 1
print("dates checked", count, "checksum", h)

for y in (1, 2, 4, 100, 400, 1582, 1900, 1999, 2000, 2004, 2020, 2021, 2024, 2026, 9999):
    first = date(y, 1, 1)
    last = date(y, 12, 31)
    print(y, first.isocalendar(), last.isocalendar(), first.weekday(), last.toordinal() - first.toordinal() + 1)

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.ctime(), d.timetuple())
print(d.isoformat(), str(d), format(d, ""), f"{d:%A %d %B %Y}", "{:%m/%d}".format(d))
print(d.strftime("%Y|%m|%d|%H|%M|%S|%f|%z|%Z|%j|%a|%A|%b|%B|%p|%%"))
print(d.replace(year=2025, day=28), d.replace(month=3), show(lambda: d.replace(year=2023)))
print(d + timedelta(1), d - timedelta(days=60), timedelta(days=366) + d, d - date(2000, 1, 1))
print(d + timedelta(hours=23), d - timedelta(hours=1), d + timedelta(seconds=-1))
iso = d.isocalendar()
print(iso, iso.year, iso.week, iso.weekday, iso[0], tuple(iso), iso == (2024, 9, 4))
print(date.min, date.max, date.resolution, repr(date.min))
print(date(5, 1, 1).strftime("%Y %y %C"), date(5, 1, 1).isoformat(), date(5, 1, 1).ctime())

for s in ["2024-01-02", "20240102", "2024-W01", "2024W01", "2024-W01-3", "2024W013",
          "2020-W53-7", "2024-W53", "2024-1-02", "2024-01-0", "2024/01/02", "",
          "2024-01-02T00", "2024-02-30", "2024-13-01", "0000-01-01", "2024-W01-8", "2024W0X"]:
    print(repr(s), show(lambda: date.fromisoformat(s)))
print(show(lambda: date.fromisoformat(20240102)))
print(date.fromisocalendar(2024, 1, 1), date.fromisocalendar(2020, 53, 7), date.fromisocalendar(1, 1, 1))
print(show(lambda: date.fromisocalendar(2024, 53, 1)), show(lambda: date.fromisocalendar(2024, 0, 1)))
print(show(lambda: date.fromisocalendar(2024, 5, 8)), show(lambda: date.fromisocalendar(10000, 1, 1)))
print(date.fromtimestamp(0) >= date(1969, 12, 31), type(date.today()).__name__, date.today() >= date(2020, 1, 1))

a, b = date(2024, 1, 1), date(2024, 1, 2)
print(a < b, a <= b, a == b, a != b, a > b, a >= b, a == date(2024, 1, 1), hash(a) == hash(date(2024, 1, 1)))
print(sorted([b, a, date(1, 1, 1)]), max(a, b), {a: 1, b: 2}[date(2024, 1, 2)])
print(a == "2024-01-01", a != 5, show(lambda: a < 5), show(lambda: a + 1), show(lambda: a - 1))
print(show(lambda: a < datetime(2024, 1, 1)), a == datetime(2024, 1, 1), show(lambda: a - datetime(2024, 1, 1)))

for args in [(2024, 13, 1), (2024, 0, 1), (2023, 2, 29), (2024, 4, 31), (0, 1, 1), (10000, 1, 1),
             (2024,), (2024, 1), (2024.0, 1, 1), ("2024", 1, 1), (2**40, 1, 1), (True, 1, 1)]:
    print(args, show(lambda: date(*args)))
print(show(lambda: date.fromordinal(0)), show(lambda: date.fromordinal(3652060)), show(lambda: date.fromordinal(1.5)))
print(show(lambda: date.max + timedelta(1)), show(lambda: date.min - timedelta(1)))
print(show(lambda: d.strftime(5)), show(lambda: d.__format__(5)), show(lambda: setattr(d, "year", 1)))
print(show(lambda: setattr(d, "foo", 1)), date.year)


class Birthday(date):
    def age_on(self, other):
        return other.year - self.year - ((other.month, other.day) < (self.month, self.day))


bd = Birthday(1990, 6, 15)
print(repr(bd), bd.age_on(date(2024, 6, 14)), bd.age_on(date(2024, 6, 15)), type(bd + timedelta(1)).__name__)
print(type(Birthday.fromordinal(1)).__name__, type(Birthday.fromisoformat("2024-01-01")).__name__, type(bd.replace(day=1)).__name__)
