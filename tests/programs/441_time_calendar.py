# Calendar side of the time module: struct_time, gmtime, strftime, asctime,
# and mktime/localtime round trips (nothing here depends on the local zone).
import time

launch = time.gmtime(1234567890)
print(launch)
print(launch.tm_year, launch.tm_yday, launch.tm_wday, launch.tm_zone, launch[1:3])
print(time.strftime("%Y-%m-%d %H:%M:%S", launch))
print(time.strftime("%a %A %b %B %j %U %W %w %u %y %C %p %I", launch))
print(time.strftime("%c | %x | %X | %D | %F | %T | %R | %e | %%", launch))
print(time.asctime(launch))

# Days around the epoch and leap days.
for stamp in (-1, 0, 86399, 951782400, 951868800, 4107542400):
    t = time.gmtime(stamp)
    print(stamp, time.strftime("%Y-%m-%d %H:%M:%S %a", t), t.tm_yday)
print(time.gmtime(-1.5)[:6], time.gmtime(59.999)[:6])

# ISO weeks at year boundaries.
for year in (2015, 2020, 2021, 2026):
    start = time.mktime(time.localtime(time.mktime((year, 1, 1, 12, 0, 0, 0, 0, -1))))
    weeks = []
    for day in (0, 1, 2, 3, 363, 364):
        t = time.localtime(start + day * 86400)
        weeks.append(time.strftime("%G-W%V-%u", t))
    print(year, " ".join(weeks))

# Plain tuples work too; zero month/day/yday mean the first.
print(time.strftime("%Y/%m/%d %j", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.asctime((2024, 2, 29, 23, 59, 59, 3, 60, 0)))

# mktime carries out-of-range fields over, like C's mktime.
base = time.mktime((2023, 12, 31, 12, 0, 0, 0, 0, -1))
later = time.mktime((2023, 12, 32, 12, 0, 0, 0, 0, -1))
print(later - base, time.localtime(later)[:3])
for stamp in (0, 1234567890, 1700000000):
    print(stamp, time.mktime(time.localtime(stamp)) == stamp)

# struct_time itself.
st = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0))
print(st, st.tm_mday, st.tm_zone, len(st), isinstance(st, tuple), st == (2000, 1, 2, 3, 4, 5, 6, 2, 0))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields)

for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0),
            (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0),
            (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2020, 1, 1), "2020"]:
    try:
        time.strftime("%Y", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for call in (lambda: time.struct_time((1, 2)), lambda: time.gmtime("x"),
             lambda: time.gmtime(float("nan")), lambda: time.gmtime(1e20),
             lambda: time.mktime((2020, 1, 1)), lambda: time.strftime(5)):
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
