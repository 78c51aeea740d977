import threading
import queue
import math

pq = queue.PriorityQueue()
results = []
lock = threading.Lock()

def worker():
    while True:
        prio, job = pq.get()
        if job is None:
            pq.task_done()
            return
        with lock:
            results.append((prio, job.upper()))
        pq.task_done()

for prio, job in [(2, "b"), (1, "a"), (3, "c"), (1, "aa"), (5, "e")]:
    pq.put((prio, job))
for _ in range(2):
    pq.put((math.inf, None))   # sentinels sort last
ws = [threading.Thread(target=worker) for _ in range(2)]
for w in ws: w.start()
pq.join()
for w in ws: w.join()
print(sorted(results))
print(pq.qsize())
