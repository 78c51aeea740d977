import threading

def show(f, *a):
    try:
        print("ok", f(*a))
    except Exception as e:
        print(type(e).__name__, e)

c = threading.Condition()
show(c.wait)
show(c.wait, 0.1)
show(c.notify)
show(c.notify_all)
show(c.wait_for, lambda: False, 0.01)
show(c.wait_for, lambda: True)
c2 = threading.Condition(threading.Lock())
show(c2.wait)
show(c2.notify, 2)
with c2:
    show(c2.notify, 5)
    show(c2.notify_all)
    show(c2.wait, 0)
# Condition on a lock held by another thread counts as held (plain Lock)
held = threading.Event(); go = threading.Event()
lk = threading.Lock()
def holder():
    with lk:
        held.set()
        go.wait()
t = threading.Thread(target=holder); t.start(); held.wait()
c3 = threading.Condition(lk)
show(c3.notify)
go.set(); t.join()
show(c3.notify)
c4 = threading.Condition(threading.RLock())
def other():
    show(c4.notify)
c4.acquire()
t = threading.Thread(target=other); t.start(); t.join()
c4.release()
with c4:
    with c4:
        show(c4.wait, 0.01)
    show(c4.notify)
show(c4.notify)
