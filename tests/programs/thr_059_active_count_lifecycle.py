import threading

start_gate = threading.Event()
stop_gate = threading.Event()
running = []
lock = threading.Lock()

def w(i):
    with lock:
        running.append(i)
        if len(running) == 4:
            start_gate.set()
    stop_gate.wait()

base = threading.active_count()
ts = [threading.Thread(target=w, args=(i,), name="pool-%d" % i) for i in range(4)]
print("before start:", threading.active_count() - base, [t.is_alive() for t in ts])
for t in ts: t.start()
start_gate.wait()
print("running:", threading.active_count() - base, [t.is_alive() for t in ts])
print(sorted(t.name for t in threading.enumerate() if t.name.startswith("pool")))
stop_gate.set()
for t in ts: t.join()
print("after join:", threading.active_count() - base, [t.is_alive() for t in ts])
print([t.name for t in threading.enumerate()])
