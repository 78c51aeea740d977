"""Producers and consumers connected by a bounded Queue.

Producers block when the queue is full, consumers when it is empty; both
waits release the GIL. queue.join() returns once every item was processed.
"""

import queue
import threading

jobs = queue.Queue(maxsize=4)
results = []
results_lock = threading.Lock()


def producer(name, count):
    for i in range(count):
        jobs.put((name, i))


def consumer():
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            return
        name, i = item
        with results_lock:
            results.append(f"{name}-{i}: {i * i}")
        jobs.task_done()


consumers = [threading.Thread(target=consumer) for _ in range(3)]
producers = [threading.Thread(target=producer, args=(n, 5)) for n in ("red", "blue")]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
jobs.join()                 # every produced item has been handled
for _ in consumers:
    jobs.put(None)          # one stop signal per consumer
for t in consumers:
    t.join()
for line in sorted(results):
    print(line)
print(len(results), "items processed")
