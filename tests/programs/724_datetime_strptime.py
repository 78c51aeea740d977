# datetime.strptime: the C-locale directives, case-insensitive names,
# whitespace runs, %z/%Z offsets, week-based dates, and CPython's messages.
from datetime import datetime, date
import random


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


cases = [
    ("2024-01-02 03:04:05", "%Y-%m-%d %H:%M:%S"), ("2024-01-02T03:04:05.123", "%Y-%m-%dT%H:%M:%S.%f"),
    ("24/1/2", "%y/%m/%d"), ("69/1/2", "%y/%m/%d"), ("68/1/2", "%y/%m/%d"),
    ("Jan 5 2024", "%b %d %Y"), ("january 5 2024", "%B %d %Y"), ("JAN 5 2024", "%b %d %Y"),
    ("Mon, 05 Feb 2024 10:11:12", "%a, %d %b %Y %H:%M:%S"), ("sAtUrDaY 6 jan 2024", "%A %d %b %Y"),
    ("12 AM", "%I %p"), ("12 PM", "%I %p"), ("1 pm", "%I %p"), ("11", "%I"), ("12", "%I"), ("13", "%I"),
    ("2024 060", "%Y %j"), ("2023 366", "%Y %j"), ("2024 367", "%Y %j"),
    ("+0530", "%z"), ("-05:30", "%z"), ("+05:30:15", "%z"), ("+05:30:15.123", "%z"), ("Z", "%z"), ("z", "%z"),
    ("+0530 IST", "%z %Z"), ("+05:3000", "%z"), ("UTC", "%Z"), ("XYZ", "%Z"),
    ("100%", "%d%%"), (" 5", "%d"), ("  5", " %d"), ("2024-01-02 ", "%Y-%m-%d"), ("2024-01-02", "%Y-%m-%d "),
    ("2024\t \n01", "%Y %m"), ("2024-1-2", "%Y-%m-%d"), ("2024-01-02", "%Y %m %d"),
    ("02-29", "%m-%d"), ("2023-02-29", "%Y-%m-%d"), ("24:00", "%H:%M"), ("23:59:60", "%H:%M:%S"),
    ("1234567", "%f"), ("1", "%f"), ("ABC", "abc"), ("", ""), ("x", ""), ("", "%Y"), ("12345", "%Y"),
    ("1111", "%m%d%H"), ("131", "%m%d"), ("Tue Jan  2 03:04:05 2024", "%c"), ("01/02/24", "%x"), ("03:04:05", "%X"),
    ("2024 0 0", "%Y %U %w"), ("2024 53 6", "%Y %U %w"), ("2024 0 1", "%Y %W %w"), ("2020 53 7", "%G %V %u"),
    ("2024", "%G"), ("2024 5", "%G %V"), ("5 1", "%V %u"), ("2024 5 1", "%Y %V %u"), ("2024 5 1 7", "%G %V %u %j"),
    ("12 13", "%I %H"), ("13 12", "%H %I"), ("pm 3", "%p %I"), ("99 2024", "%y %Y"),
    ("1", "%q"), ("1", "%"), ("1%", "1%"), ("2024-01-01x", "%Y-%m-%d"), ("2024", "%Y-%m"),
]
for s, f in cases:
    print(repr(s), repr(f), show(lambda: datetime.strptime(s, f)))
print(show(lambda: datetime.strptime(5, "%Y")), show(lambda: datetime.strptime("2024", 5)))

# Round trips through strftime.
r = random.Random(724)
formats = ["%Y-%m-%d %H:%M:%S.%f", "%d %B %Y %I:%M %p", "%a %b %d %H:%M:%S %Y", "%Y %j", "%G-W%V-%u",
           "%Y %U %w", "%y%m%d%H%M%S", "%A, %d. %b %Y"]
ok = 0
for i in range(300):
    d = date.fromordinal(r.randrange(693596, 767011))
    x = datetime(d.year, d.month, d.day, r.randrange(24), r.randrange(60), r.randrange(60), r.randrange(10**6))
    for f in formats:
        back = datetime.strptime(x.strftime(f), f)
        ok += back.date() == x.date()
print("round trips with the same date:", ok, "of", 300 * len(formats))


class Stamp(datetime):
    pass


print(repr(Stamp.strptime("2024-06-01", "%Y-%m-%d")))
