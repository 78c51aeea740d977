import threading
import queue

pq = queue.PriorityQueue()
jobs = [(3, "write report"), (1, "fix outage"), (2, "review PR"), (5, "lunch"), (1, "answer pager")]

def submit(items):
    for it in items:
        pq.put(it)

t1 = threading.Thread(target=submit, args=(jobs[:2],))
t2 = threading.Thread(target=submit, args=(jobs[2:],))
t1.start(); t2.start(); t1.join(); t2.join()

order = []
while not pq.empty():
    order.append(pq.get())
    pq.task_done()
for prio, name in order:
    print(prio, name)
pq.join()

# workers taking by priority: done in one consumer so order is fixed
pq2 = queue.PriorityQueue()
for i in [9, 4, 7, 1, 8, 2]:
    pq2.put((i, "job%d" % i))
got = []
def one_worker():
    while True:
        try:
            got.append(pq2.get(timeout=0.05))
        except queue.Empty:
            return
w = threading.Thread(target=one_worker)
w.start(); w.join()
print(got)
