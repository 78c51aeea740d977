import threading
import _thread

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

lock = threading.Lock()
show(lock.acquire, False, 1)
show(lock.acquire, blocking=False, timeout=0.5)
show(lock.acquire, True, -2)
show(lock.acquire, timeout=-0.5)
show(lock.acquire, timeout=-1)
lock.release()
show(lock.acquire, False, -1)
lock.release()
show(lock.release)
show(lock.acquire, timeout=1e20)
show(lock.acquire, True, "x")
show(lock.acquire, 1, 2, 3)
show(lock.acquire, bogus=1)
lock2 = _thread.allocate_lock()
show(lock2.__exit__, None, None, None)
r = threading.RLock()
show(r.release)
show(r.acquire, False, 1)
show(r.acquire, timeout=-3)
def other():
    show(r.release)
r.acquire()
t = threading.Thread(target=other); t.start(); t.join()
r.release()
show(r.__exit__, None, None, None)
show(_thread.allocate_lock, 1)
