# Date arithmetic done by hand: leap years, day of week, adding days, differences, calendars.

MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else MONTH_DAYS[m - 1]

def validate(y, m, d):
    if not 1 <= m <= 12:
        raise ValueError(f"month must be in 1..12, not {m}")
    if not 1 <= d <= days_in_month(y, m):
        raise ValueError(f"day is out of range for month: {y:04d}-{m:02d}-{d:02d}")

def to_ordinal(y, m, d):
    validate(y, m, d)
    days = (y - 1) * 365 + (y - 1) // 4 - (y - 1) // 100 + (y - 1) // 400
    days += sum(days_in_month(y, k) for k in range(1, m))
    return days + d

def from_ordinal(n):
    y = (n * 400) // 146097 + 1
    while to_ordinal(y, 1, 1) > n:
        y -= 1
    while to_ordinal(y + 1, 1, 1) <= n:
        y += 1
    n -= to_ordinal(y, 1, 1) - 1
    m = 1
    while n > days_in_month(y, m):
        n -= days_in_month(y, m)
        m += 1
    return y, m, n

def weekday(y, m, d):
    return WEEKDAYS[(to_ordinal(y, m, d) - 1) % 7]

def add_days(date, k):
    return from_ordinal(to_ordinal(*date) + k)

def fmt(date):
    y, m, d = date
    return f"{y:04d}-{m:02d}-{d:02d} ({weekday(y, m, d)[:3]})"

for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1, 1, 1), (9999, 12, 31)]:
    print(fmt(date), to_ordinal(*date))
print(add_days((2024, 2, 28), 1), add_days((2023, 2, 28), 1), add_days((1999, 12, 31), 1))
print(fmt(add_days((2024, 1, 31), 30)), fmt(add_days((2024, 3, 1), -1)), fmt(add_days((2000, 1, 1), 10000)))
print("days between:", to_ordinal(2024, 12, 25) - to_ordinal(2024, 1, 1), to_ordinal(2000, 1, 1) - to_ordinal(1900, 1, 1))
print([y for y in range(1890, 2030) if is_leap(y) and y % 100 == 0], sum(is_leap(y) for y in range(1, 2001)))

def calendar(y, m):
    lines = [f"{MONTH_NAMES[m - 1]} {y}".center(20), "Mo Tu We Th Fr Sa Su"]
    offset = (to_ordinal(y, m, 1) - 1) % 7
    cells = ["  "] * offset + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)

print(calendar(2024, 2))
print(calendar(2023, 10))
fridays = [(y, m) for y in range(2020, 2026) for m in range(1, 13) if weekday(y, m, 13) == "Friday"]
print("Friday the 13th:", len(fridays), fridays[:4])
for bad in [(2023, 2, 29), (2024, 13, 1), (2024, 4, 31)]:
    try:
        to_ordinal(*bad)
    except ValueError as e:
        print("ValueError:", e)
