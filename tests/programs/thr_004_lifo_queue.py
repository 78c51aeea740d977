import threading
import queue

q = queue.LifoQueue()
for i in range(5):
    q.put(i)
print([q.get() for _ in range(5)])

# threads push, one thread pops after all pushes are done
pushed = threading.Event()
out = []

def pusher(base):
    for i in range(3):
        q.put(base + i)

def popper():
    pushed.wait()
    while not q.empty():
        out.append(q.get_nowait())
        q.task_done()

ts = [threading.Thread(target=pusher, args=(b,)) for b in (10, 20, 30)]
p = threading.Thread(target=popper)
p.start()
for t in ts:
    t.start()
for t in ts:
    t.join()
# there were 5 put earlier and got without task_done: finish those
for _ in range(5):
    q.task_done()
pushed.set()
p.join()
q.join()
print(sorted(out))
print(len(out), q.qsize())
q2 = queue.LifoQueue(maxsize=2)
q2.put('a'); q2.put('b')
print(q2.full())
try:
    q2.put_nowait('c')
except queue.Full as e:
    print("Full", repr(e))
print(q2.get(), q2.get())
