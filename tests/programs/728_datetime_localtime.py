# Local-time conversions checked by consistency only (the output must not
# depend on the machine's time zone): fromtimestamp/timestamp round trips,
# astimezone() offsets, fold for repeated wall times.
from datetime import datetime, timedelta, timezone
import time

ok_round = ok_offset = ok_fold = ok_utc = 0
stamps = [0, 86400 * 365, 1e9, 1700000000, 1710054000, 1730613600, 1711846800, 1729990800]
stamps += [1710054000 + k * 900 for k in range(-8, 9)] + [1730613600 + k * 900 for k in range(-8, 9)]
for ts in stamps:
    local = datetime.fromtimestamp(ts)
    ok_round += local.timestamp() == ts
    aware = local.astimezone()
    lt = time.localtime(ts)
    ok_offset += aware.utcoffset() == timedelta(seconds=lt.tm_gmtoff) and aware.tzname() == lt.tm_zone
    ok_utc += aware.astimezone(timezone.utc) == datetime.fromtimestamp(ts, timezone.utc)
    # a wall time with fold=1 maps to the later instant when it repeats,
    # and to the same instant otherwise
    other = local.replace(fold=1 - local.fold).timestamp()
    ok_fold += (other == ts) or (local.fold == 1 and other < ts) or (local.fold == 0 and other > ts)
print(len(stamps), ok_round, ok_offset, ok_utc, ok_fold)
print(datetime.fromtimestamp(1e9).astimezone(timezone.utc) == datetime(2001, 9, 9, 1, 46, 40, tzinfo=timezone.utc))
now = datetime.now()
print(now.tzinfo is None, now.astimezone().tzinfo is not None, abs(now.timestamp() - time.time()) < 5)
print(datetime.today().date() <= datetime.now().date() + timedelta(days=1))
print(type(time.mktime(datetime(2024, 6, 1).timetuple())) is float, datetime(2024, 6, 1).timetuple().tm_isdst)
