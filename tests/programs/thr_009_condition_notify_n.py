import threading

cond = threading.Condition(threading.Lock())
waiting = [0]
tokens = [0]
woken = []
done_lock = threading.Lock()

def waiter(i):
    with cond:
        waiting[0] += 1
        cond.notify_all()
        while tokens[0] == 0:
            cond.wait()
        tokens[0] -= 1
        woken.append(i)
        cond.notify_all()

ws = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
for w in ws: w.start()
with cond:
    cond.wait_for(lambda: waiting[0] == 6)
    # 6 waiters + main could also be in the sleepers list? No: main is not waiting now
    tokens[0] = 2
    cond.notify(2)
with cond:
    cond.wait_for(lambda: len(woken) == 2)
print("after notify(2):", len(woken))
with cond:
    tokens[0] = 3
    cond.notify(3)
with cond:
    cond.wait_for(lambda: len(woken) == 5)
print("after notify(3):", len(woken))
with cond:
    tokens[0] = 1
    cond.notify_all()
for w in ws: w.join()
print("all:", sorted(woken))
with cond:
    print("wait timeout returns:", cond.wait(0.01))
    print("wait_for timeout returns:", cond.wait_for(lambda: 0, timeout=0.01))
    print("wait_for value:", cond.wait_for(lambda: "yes"))
    print("wait(0):", cond.wait(0))
