import threading
import queue

q = queue.Queue(maxsize=2)
log = []
put_done = threading.Event()

def producer():
    for i in range(5):
        q.put(i)          # blocks while the queue is full
    put_done.set()

p = threading.Thread(target=producer)
p.start()
# wait until the producer is stuck on a full queue
while not q.full():
    pass
print("full:", q.full(), "qsize:", q.qsize(), "producer finished:", put_done.is_set())
got = []
while len(got) < 5:
    got.append(q.get())
    q.task_done()
p.join()
print(got, put_done.is_set(), q.empty())
q.join()
print("maxsize", q.maxsize)
try:
    q.put(1); q.put(2); q.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout with", q.qsize(), "items")
