import threading

ev = threading.Event()
res = []
lock = threading.Lock()

def short():
    r = ev.wait(0.01)
    with lock:
        res.append(("short", r))

ts = [threading.Thread(target=short) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
def longw():
    r = ev.wait(5)
    with lock:
        res.append(("long", r))
ls = [threading.Thread(target=longw) for _ in range(3)]
for t in ls: t.start()
ev.set()
for t in ls: t.join()
print(sorted(res))
ev.clear()
print(ev.is_set(), ev.wait(0))
