# re: a realistic script -- parse a log, tokenize expressions, rewrite text
import re
from collections import Counter

LOG = """\
2024-03-01 12:00:01 INFO  [web] GET /index.html 200 0.012s user=alice
2024-03-01 12:00:02 WARN  [db] slow query took 1.503s table=orders
2024-03-01 12:00:05 INFO  [web] POST /api/cart 201 0.120s user=bob
2024-03-01 12:01:00 ERROR [web] GET /api/cart 500 2.001s user=alice
2024-03-01 12:01:30 INFO  [auth] login ok user=carol
malformed line here
2024-03-01 12:02:00 ERROR [db] connection reset table=users
"""

LINE = re.compile(r"""
    ^(?P<date>\d{4}-\d\d-\d\d)\s
    (?P<time>\d\d:\d\d:\d\d)\s
    (?P<level>[A-Z]+)\s+
    \[(?P<source>\w+)\]\s
    (?P<message>.*)$
""", re.VERBOSE)

levels = Counter()
sources = Counter()
bad = 0
for line in LOG.splitlines():
    m = LINE.match(line)
    if not m:
        bad += 1
        continue
    levels[m["level"]] += 1
    sources[m.group("source")] += 1
print(sorted(levels.items()), sorted(sources.items()), "bad:", bad)

requests = re.findall(r"(GET|POST) (\S+) (\d{3}) ([\d.]+)s", LOG)
for method, path, status, secs in requests:
    print(f"{method:4} {path:12} {status} {float(secs) * 1000:7.1f} ms")
users = sorted(set(re.findall(r"user=(\w+)", LOG)))
print("users:", users)
print("errors at:", [m.group(1) for m in re.finditer(r"^\S+ (\S+) ERROR", LOG, re.M)])
print("slow:", re.findall(r"(\d+\.\d+)s", LOG))

TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/()=]))")

def tokenize(text):
    pos = 0
    out = []
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            if text[pos:].strip():
                raise SyntaxError(f"bad character {text[pos]!r} at {pos}")
            break
        out.append((m.lastgroup, m.group(m.lastgroup)))
        pos = m.end()
    return out

print(tokenize("x = 3.5 * (y + 42) ** 2"))
try:
    tokenize("a + $b")
except SyntaxError as e:
    print("SyntaxError:", e)

def camel_to_snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()

for n in ["CamelCase", "getHTTPResponseCode", "already_snake", "HTTPServer2Go"]:
    print(n, "->", camel_to_snake(n))

template = "Dear {name}, your order #{order} ships {when}."
values = {"name": "Ann", "order": "1042", "when": "today"}
print(re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group()), template))
print(re.sub(r"\s+", " ", "  too   many\tspaces \n here ").strip())
print(re.split(r"\s*[;,]\s*", "alpha ; beta,gamma ,delta"))
emails = "contact: ann@example.com, bob.smith@mail.co.uk; bad@, @bad.com"
print(re.findall(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b", emails))
print(re.fullmatch(r"(?:\d{1,3}\.){3}\d{1,3}", "192.168.0.1") is not None,
      re.fullmatch(r"(?:\d{1,3}\.){3}\d{1,3}", "192.168.0") is not None)
dates = "from 2024-01-05 to 2024-12-31"
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", dates))
print(re.subn(r"(?i)\bthe\b", "THE", "The cat and the hat; theme"))
text = "long " * 2000 + "end"
print(len(re.findall(r"\w+", text)), re.search(r"(\w+)$", text).group(1))
print(len(re.sub(r"o", "0", "o" * 50000)), re.match(r"(?:ab)*c", "ab" * 20000 + "c").end())
print(re.match(r".*x", "a" * 30000 + "x").end(), re.match(r"(a|b)*c", "ab" * 10000 + "c").span(1))
