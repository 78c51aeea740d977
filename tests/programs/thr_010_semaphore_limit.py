import threading
import time

sem = threading.Semaphore(3)
lock = threading.Lock()
active = [0]
max_active = [0]
finished = []

def job(i):
    with sem:
        with lock:
            active[0] += 1
            max_active[0] = max(max_active[0], active[0])
        time.sleep(0.01)
        with lock:
            active[0] -= 1
            finished.append(i)

ts = [threading.Thread(target=job, args=(i,)) for i in range(12)]
for t in ts: t.start()
for t in ts: t.join()
print("max concurrent <= 3:", max_active[0] <= 3)
print("finished:", sorted(finished))
print("active at end:", active[0])

s = threading.Semaphore(0)
print(s.acquire(blocking=False))
print(s.acquire(timeout=0.01))
s.release(3)
print([s.acquire(False) for _ in range(4)])
print(s._value if hasattr(s, '_value') else 0)
