import threading
import queue

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
results = []

def producer(n):
    for i in range(n):
        sq.put((n, i))

def consumer(count):
    for _ in range(count):
        results.append(sq.get())

ps = [threading.Thread(target=producer, args=(n,)) for n in (3, 4, 5)]
c = threading.Thread(target=consumer, args=(12,))
c.start()
for p in ps:
    p.start()
for p in ps:
    p.join()
c.join()
print(sorted(results))
print(sq.empty())
try:
    sq.get_nowait()
except queue.Empty:
    print("Empty on get_nowait")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("Empty on timeout")
try:
    sq.get(block=False)
except queue.Empty:
    print("Empty on block=False")
sq.put_nowait("x")
sq.put("y", block=False, timeout=5)
print(sq.get(), sq.get(False))
try:
    sq.get(timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)
print(hasattr(sq, "task_done"), hasattr(sq, "join"))
