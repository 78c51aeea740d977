import threading

class Connection:
    opened = []
    lock = threading.Lock()
    def __init__(self, owner):
        self.owner = owner
        self.queries = []
        with Connection.lock:
            Connection.opened.append(owner)

ctx = threading.local()

def get_conn():
    conn = getattr(ctx, "conn", None)
    if conn is None:
        conn = ctx.conn = Connection(threading.current_thread().name)
    return conn

report = []
def handle(reqs):
    for r in reqs:
        get_conn().queries.append(r)
    c = get_conn()
    with Connection.lock:
        report.append((c.owner, c.queries))

ts = [threading.Thread(target=handle, args=(["q%d.%d" % (i, j) for j in range(3)],), name="h%d" % i)
      for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
for r in sorted(report):
    print(r)
print(sorted(Connection.opened))
print(hasattr(ctx, "conn"))
