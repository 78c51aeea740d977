import threading

cond = threading.Condition()
items = []
ready_count = [0]
all_waiting = threading.Event()
consumed = []

def consumer(name):
    with cond:
        ready_count[0] += 1
        if ready_count[0] == 3:
            all_waiting.set()
        while not items:
            cond.wait()
        consumed.append((name, items.pop(0)))

cs = [threading.Thread(target=consumer, args=("c%d" % i,)) for i in range(3)]
for c in cs: c.start()
all_waiting.wait()
for val in ["apple", "banana", "cherry"]:
    with cond:
        items.append(val)
        cond.notify()
for c in cs: c.join()
print(sorted(v for _, v in consumed))
print(sorted(n for n, _ in consumed))

# notify_all wakes everyone
flag = [False]
woke = []
n_waiting = [0]
def waiter(i):
    with cond:
        n_waiting[0] += 1
        cond.notify_all()
        cond.wait_for(lambda: flag[0])
        woke.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for w in ws: w.start()
with cond:
    cond.wait_for(lambda: n_waiting[0] == 5)
    flag[0] = True
    cond.notify_all()
for w in ws: w.join()
print(sorted(woke))
