import threading

pool = threading.BoundedSemaphore(2)
print(pool.acquire(), pool.acquire(), pool.acquire(False))
pool.release()
pool.release()
try:
    pool.release()
except ValueError as e:
    print(type(e).__name__, e)

connections = []
lock = threading.Lock()
class Pool:
    def __init__(self, n):
        self.sem = threading.BoundedSemaphore(n)
        self.in_use = 0
        self.peak = 0
    def use(self, i):
        with self.sem:
            with lock:
                self.in_use += 1
                self.peak = max(self.peak, self.in_use)
            connections.append(i)
            with lock:
                self.in_use -= 1
p = Pool(2)
ts = [threading.Thread(target=p.use, args=(i,)) for i in range(10)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(connections), p.peak <= 2, p.in_use)
b = threading.BoundedSemaphore(3)
b.acquire(); b.acquire()
try:
    b.release(3)
except ValueError as e:
    print(type(e).__name__, e)
b.release(2)
print("ok")
