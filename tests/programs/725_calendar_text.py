# calendar: leap years, weekdays, month ranges, timegm, the Calendar
# iterators for every first weekday, and the text month/year layouts.
import calendar


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.leapdays(1, 2025),
      calendar.leapdays(2000, 2001), calendar.leapdays(2025, 1), calendar.leapdays(-400, 400))
print(calendar.weekday(2024, 1, 1), calendar.weekday(10000, 1, 1), calendar.weekday(-5, 3, 1),
      calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), show(lambda: calendar.monthrange(2024, 13)))
print(calendar.monthcalendar(2024, 2), calendar.monthcalendar(2021, 2))
print(list(calendar.month_name), list(calendar.month_abbr), len(calendar.month_name), calendar.month_name[-1])
print(list(calendar.day_name), list(calendar.day_abbr), calendar.day_abbr[1:3])
print(calendar.timegm((2024, 1, 2, 3, 4, 5, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)), calendar.timegm((2024, 2, 30, 0, 0, 0)))
print(calendar.month(2024, 2))
print(repr(calendar.month(2024, 9, 3, 2)))
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 4, 4))
print(calendar.calendar(2026, 2, 2, 2, 2))
calendar.prmonth(2024, 3)
calendar.prcal(1999, m=2)
print(calendar.weekheader(2), "|", calendar.weekheader(3), "|", calendar.weekheader(9), "|", calendar.weekheader(1))
print(calendar.firstweekday(), show(lambda: calendar.setfirstweekday(7)), show(lambda: calendar.setfirstweekday(-1)))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2))
print(calendar.month(2024, 6))
print(calendar.monthcalendar(2024, 6))
calendar.setfirstweekday(calendar.MONDAY)
for fw in range(7):
    cal = calendar.TextCalendar(fw)
    print(fw, list(cal.iterweekdays()), list(cal.itermonthdays(2024, 2)), list(cal.itermonthdays2(2024, 3))[:8])
    print(list(cal.itermonthdays3(2024, 1))[:9], list(cal.itermonthdays4(2024, 12))[-9:], cal.monthdatescalendar(2024, 5)[0])
    print(cal.formatmonth(2025, 8), end="")
cal = calendar.Calendar(firstweekday=8)
print(cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
print(calendar.Calendar().yeardayscalendar(2024, 4)[0][0][:2], len(calendar.Calendar().yeardays2calendar(2024, 5)),
      len(calendar.Calendar().yeardatescalendar(2024)))
print(show(lambda: calendar.Calendar().monthdatescalendar(1, 1)), show(lambda: list(calendar.Calendar().itermonthdates(9999, 12))[-1]))
print(calendar.MONDAY, calendar.SUNDAY, calendar.EPOCH, calendar.mdays, calendar.error)
print(calendar.IllegalMonthError(5), calendar.IllegalWeekdayError(9), issubclass(calendar.IllegalMonthError, ValueError))
print(calendar.formatstring(["a", "b"], 5, 2), calendar.TextCalendar().formatweek([(1, 0), (0, 1)], 3))
tc = calendar.TextCalendar()
print(repr(tc.formatmonthname(2024, 5, 20)), repr(tc.formatmonthname(2024, 5, 20, False)), repr(tc.formatday(5, 0, 4)),
      repr(tc.formatweekday(0, 10)), repr(tc.formatweekday(6, 1)))
tc.pryear(2000, 2, 1, 6, 6)
