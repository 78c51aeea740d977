import threading
import queue

q = queue.Queue()
go = threading.Event()
log = []

def consumer():
    try:
        q.get(timeout=0.01)
    except queue.Empty:
        log.append("first get timed out")
    go.set()
    item = q.get(timeout=5)
    log.append("got %r" % (item,))
    q.task_done()

t = threading.Thread(target=consumer)
t.start()
go.wait()
q.put(("payload", 42))
t.join()
q.join()
print("\n".join(log))
print(q.empty(), q.unfinished_tasks)
