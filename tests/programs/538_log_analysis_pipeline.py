# Analysing a web server log with namedtuple, Counter, defaultdict and deque.
from collections import Counter, defaultdict, deque, namedtuple

LOG = """\
10.0.0.1 GET /index.html 200 512
10.0.0.2 GET /about.html 200 1024
10.0.0.1 POST /login 302 0
10.0.0.3 GET /index.html 200 512
10.0.0.2 GET /missing 404 128
10.0.0.1 GET /dashboard 200 2048
10.0.0.4 GET /index.html 500 0
10.0.0.3 GET /about.html 200 1024
10.0.0.2 POST /login 401 64
10.0.0.1 GET /logout 302 0"""

Hit = namedtuple("Hit", "ip method path status size")


def parse(line):
    ip, method, path, status, size = line.split()
    return Hit(ip, method, path, int(status), int(size))


hits = [parse(line) for line in LOG.splitlines()]
by_status = Counter(h.status for h in hits)
by_path = Counter(h.path for h in hits)
bytes_by_ip = defaultdict(int)
paths_by_ip = defaultdict(list)
for h in hits:
    bytes_by_ip[h.ip] += h.size
    paths_by_ip[h.ip].append(h.path)

print("status:", sorted(by_status.items()))
print("top paths:", by_path.most_common(2))
print("bytes:", dict(sorted(bytes_by_ip.items(), key=lambda kv: -kv[1])))
for ip in sorted(paths_by_ip):
    print(f"  {ip:10} {' -> '.join(paths_by_ip[ip])}")
errors = [h._replace(size=None) for h in hits if h.status >= 400]
for e in errors:
    print("error", e)

recent = deque(maxlen=3)
alerts = []
for h in hits:
    recent.append(h.status >= 400)
    if sum(recent) >= 2:
        alerts.append(h.ip)
print("alerts:", alerts, "window:", list(recent))
summary = Counter()
for h in hits:
    summary[h.method] += 1
    summary["total"] += 1
print(summary, summary.total())
