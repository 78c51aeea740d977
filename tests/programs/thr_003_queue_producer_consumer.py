import threading
import queue

q = queue.Queue(maxsize=5)
consumed = []
clock = threading.Lock()
SENTINEL = None

def producer(start):
    for i in range(start, start + 20):
        q.put(i)

def consumer():
    while True:
        item = q.get()
        if item is SENTINEL:
            q.task_done()
            break
        with clock:
            consumed.append(item * 2)
        q.task_done()

producers = [threading.Thread(target=producer, args=(k * 100,)) for k in range(3)]
consumers = [threading.Thread(target=consumer) for _ in range(4)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()
print("all tasks done, unfinished:", q.unfinished_tasks)
for _ in consumers:
    q.put(SENTINEL)
for t in consumers:
    t.join()
print(len(consumed))
print(sorted(consumed)[:5], sorted(consumed)[-5:])
print(sum(consumed))
print("empty:", q.empty(), "qsize:", q.qsize())
