import threading

cond = threading.Condition()
log = []
second_wait = threading.Event()

def w():
    with cond:
        log.append(("first wait", cond.wait(0.01)))
        second_wait.set()
        log.append(("second wait", cond.wait(5)))

t = threading.Thread(target=w)
t.start()
second_wait.wait()
with cond:
    cond.notify()
t.join()
print(log)
with cond:
    cond.notify(0)
    cond.notify(100)
print("notify with no waiters is fine")
