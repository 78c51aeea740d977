"""Calendar arithmetic and plain-text calendars, as in CPython 3.11's
calendar module.

Provides isleap, leapdays, weekday, monthrange, monthcalendar, timegm, the
month/day name sequences (C locale), setfirstweekday/firstweekday, the
Calendar and TextCalendar classes and the module-level text functions
(week, weekheader, month, prmonth, calendar, prcal). Dates come from this
library's datetime module.

Left out: HTMLCalendar, the Locale* calendars, different_locale and the
command-line interface.
"""

import datetime as _dt

__all__ = [
    "Calendar", "TextCalendar", "IllegalMonthError", "IllegalWeekdayError",
    "calendar", "day_abbr", "day_name", "firstweekday", "isleap", "leapdays",
    "month", "month_abbr", "month_name", "monthcalendar", "monthrange",
    "prcal", "prmonth", "setfirstweekday", "timegm", "weekday", "weekheader",
    "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % (self.weekday,)


January = 1
February = 2

# days per month in a common year; index 0 is unused
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
EPOCH = 1970
_EPOCH_ORDINAL = _dt.date(EPOCH, 1, 1).toordinal()


class _Names:
    """A read-only sequence of names, indexable and sliceable like a list."""

    def __init__(self, names):
        self._names = list(names)

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return len(self._names)


# 2001 starts on a Monday, so its first week names the days in order.
day_name = _Names(_dt.date(2001, 1, k).strftime("%A") for k in range(1, 8))
day_abbr = _Names(_dt.date(2001, 1, k).strftime("%a") for k in range(1, 8))
month_name = _Names([""] + [_dt.date(2001, k, 1).strftime("%B") for k in range(1, 13)])
month_abbr = _Names([""] + [_dt.date(2001, k, 1).strftime("%b") for k in range(1, 13)])


def isleap(year):
    """True for leap years of the proleptic Gregorian calendar."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """How many leap years lie in range(y1, y2)."""
    def upto(y):                 # leap years among 1 .. y (also y <= 0)
        return y // 4 - y // 100 + y // 400
    return upto(y2 - 1) - upto(y1 - 1)


def weekday(year, month, day):
    """0 (Monday) .. 6 (Sunday) for the given date. Years outside datetime's
    range are moved by whole 400-year cycles, which repeat weekdays."""
    if not _dt.MINYEAR <= year <= _dt.MAXYEAR:
        year = 2000 + year % 400
    return _dt.date(year, month, day).weekday()


def monthrange(year, month):
    """(weekday of the 1st, number of days) for a month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    length = mdays[month]
    if month == February and isleap(year):
        length += 1
    return weekday(year, month, 1), length


def _month_before(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _month_after(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _month_len(year, month):
    return monthrange(year, month)[1]


def _in_sevens(items):
    return [items[k:k + 7] for k in range(0, len(items), 7)]


class Calendar:
    """Month and year layouts as weeks starting on firstweekday
    (0 = Monday, 6 = Sunday)."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        first = self.firstweekday
        for k in range(7):
            yield (first + k) % 7

    def itermonthdays(self, year, month):
        """Days of the month padded with 0s to whole weeks."""
        start, length = monthrange(year, month)
        lead = (start - self.firstweekday) % 7
        for _ in range(lead):
            yield 0
        for d in range(1, length + 1):
            yield d
        for _ in range((self.firstweekday - start - length) % 7):
            yield 0

    def itermonthdays2(self, year, month):
        """(day, weekday) pairs; padding days are 0."""
        wd = self.firstweekday
        for d in self.itermonthdays(year, month):
            yield d, wd % 7
            wd += 1

    def itermonthdays3(self, year, month):
        """(year, month, day) for every day of the weeks covering the
        month, spilling into the months on either side."""
        start, length = monthrange(year, month)
        lead = (start - self.firstweekday) % 7
        tail = (self.firstweekday - start - length) % 7
        py, pm = _month_before(year, month)
        plen = _month_len(py, pm)
        for d in range(plen - lead + 1, plen + 1):
            yield py, pm, d
        for d in range(1, length + 1):
            yield year, month, d
        ny, nm = _month_after(year, month)
        for d in range(1, tail + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) like itermonthdays3."""
        wd = self.firstweekday
        for y, m, d in self.itermonthdays3(year, month):
            yield y, m, d, wd % 7
            wd += 1

    def itermonthdates(self, year, month):
        for y, m, d in self.itermonthdays3(year, month):
            yield _dt.date(y, m, d)

    def monthdatescalendar(self, year, month):
        return _in_sevens(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        return _in_sevens(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        return _in_sevens(list(self.itermonthdays(year, month)))

    def _by_rows(self, layout, year, width):
        months = [layout(year, m) for m in range(1, 13)]
        return [months[k:k + width] for k in range(0, 12, width)]

    def yeardatescalendar(self, year, width=3):
        return self._by_rows(self.monthdatescalendar, year, width)

    def yeardays2calendar(self, year, width=3):
        return self._by_rows(self.monthdays2calendar, year, width)

    def yeardayscalendar(self, year, width=3):
        return self._by_rows(self.monthdayscalendar, year, width)


class TextCalendar(Calendar):
    """Calendars as plain text, laid out like the Unix cal program."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end="")

    def formatday(self, day, weekday, width):
        text = "%2i" % day if day else ""
        return text.center(width)

    def formatweek(self, theweek, width):
        return " ".join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return " ".join([self.formatweekday(d, width) for d in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = "%s %r" % (title, theyear)
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        gap = "\n" * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(),
                 self.formatweekheader(w).rstrip()]
        for week in self.monthdays2calendar(theyear, themonth):
            lines.append(self.formatweek(week, w).rstrip())
        return "".join([line + gap for line in lines])

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        gap = "\n" * max(1, l)
        sep = " " * max(2, c)
        col = 7 * (w + 1) - 1

        def row_of(cells):
            return sep.join([cell.center(col) for cell in cells]).rstrip()

        out = [repr(theyear).center(col * m + len(sep) * (m - 1)).rstrip(), gap]
        header = self.formatweekheader(w)
        for r, cals in enumerate(self.yeardays2calendar(theyear, m)):
            first = m * r + 1
            shown = range(first, min(first + m, 13))
            out.append(gap)
            out.append(row_of([self.formatmonthname(theyear, k, col, False) for k in shown]))
            out.append(gap)
            out.append(row_of([header for k in shown]))
            out.append(gap)
            for j in range(max([len(cal) for cal in cals])):
                out.append(row_of([self.formatweek(cal[j], w) if j < len(cal) else ""
                                   for cal in cals]))
                out.append(gap)
        return "".join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end="")


# The module-level functions work on one shared TextCalendar.
c = TextCalendar()
calendar = c.formatyear
firstweekday = c.getfirstweekday
month = c.formatmonth
monthcalendar = c.monthdayscalendar
prcal = c.pryear
prmonth = c.prmonth
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader


def setfirstweekday(firstweekday):
    """Sets the first day of the week (0 = Monday) for the module functions."""
    if firstweekday < MONDAY or firstweekday > SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.setfirstweekday(firstweekday)


def format(cols, colwidth=20, spacing=6):
    """Prints the columns centred in colwidth, spacing apart."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=20, spacing=6):
    """The columns centred in colwidth, joined with spacing blanks."""
    return (" " * spacing).join([col.center(colwidth) for col in cols])


def timegm(tuple):
    """POSIX seconds for a UTC time tuple (inverse of time.gmtime)."""
    year, month, day, hour, minute, second = tuple[:6]
    days = _dt.date(year, month, 1).toordinal() - _EPOCH_ORDINAL + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
