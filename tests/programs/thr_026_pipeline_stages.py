import threading
import queue

STOP = object()

def stage(func, inq, outq):
    while True:
        item = inq.get()
        if item is STOP:
            outq.put(STOP)
            break
        outq.put(func(item))

q1, q2, q3, q4 = queue.Queue(), queue.Queue(maxsize=2), queue.Queue(), queue.Queue()
stages = [
    threading.Thread(target=stage, args=(lambda x: x + 1, q1, q2)),
    threading.Thread(target=stage, args=(lambda x: x * 10, q2, q3)),
    threading.Thread(target=stage, args=(lambda x: "<%d>" % x, q3, q4)),
]
for s in stages: s.start()
for i in range(10):
    q1.put(i)
q1.put(STOP)
results = []
while True:
    r = q4.get()
    if r is STOP:
        break
    results.append(r)
for s in stages: s.join()
print(results)   # single worker per stage keeps FIFO order
print([q.empty() for q in (q1, q2, q3, q4)])
