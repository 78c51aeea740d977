import queue

def show(f, *a, **k):
    try:
        print("ok", f(*a, **k))
    except Exception as e:
        print(type(e).__name__, repr(e), e)

q = queue.Queue(maxsize=1)
show(q.get_nowait)
show(q.get, block=False)
show(q.get, timeout=0.01)
show(q.get, True, 0)
show(q.get, timeout=-1)
show(q.put, 1)
show(q.put_nowait, 2)
show(q.put, 2, timeout=0.01)
show(q.put, 2, False)
show(q.put, 2, timeout=-1)
show(q.put, 2, True, -0.5)
show(q.get)
show(q.task_done)
show(q.task_done)
show(q.join)
u = queue.Queue()
show(u.put, 1, timeout=-1)
show(u.put, 2, block=False)
print(u.qsize(), u.full())
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty.__module__, queue.Full.__name__)
lq = queue.LifoQueue()
show(lq.get_nowait)
pq = queue.PriorityQueue()
show(pq.get, timeout=0)
pq.put((1, {}))
try:
    pq.put((1, {}))
except TypeError as e:
    print(type(e).__name__, e)
