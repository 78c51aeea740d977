# An error raised inside datetime reaches the top level with CPython's
# traceback: the caller's frames only (datetime is a C module there), user
# tzinfo frames included.
from datetime import datetime, timedelta, tzinfo


class Flaky(tzinfo):
    def utcoffset(self, dt):
        if dt.hour > 12:
            raise RuntimeError("no offset after noon")
        return timedelta(hours=1)

    def dst(self, dt):
        return timedelta(0)


def parse_all(lines):
    out = []
    for line in lines:
        out.append(datetime.strptime(line, "%Y-%m-%d %H:%M"))
    return out


stamps = parse_all(["2024-01-02 03:04", "2024-01-02 13:30"])
print(stamps)
for s in stamps:
    aware = s.replace(tzinfo=Flaky())
    print(aware.isoformat())
