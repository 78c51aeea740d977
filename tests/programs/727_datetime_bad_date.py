# An invalid date built from parsed fields: the ValueError propagates
# uncaught, and the traceback shows only this program's frames.
from datetime import date

rows = ["2024-02-28", "2024-02-29", "2023-02-29"]
for row in rows:
    y, m, d = map(int, row.split("-"))
    print(date(y, m, d).strftime("%A %d %B %Y"))
