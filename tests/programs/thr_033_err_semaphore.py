import threading

def show(f, *a, **k):
    try:
        print("ok", f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

show(threading.Semaphore, -1)
show(threading.BoundedSemaphore, -5)
s = threading.Semaphore(1)
show(s.acquire, False, 1)
show(s.acquire, blocking=False, timeout=0)
show(s.release, 0)
show(s.release, -3)
b = threading.BoundedSemaphore(1)
show(b.release)
show(b.release, 0)
show(b.acquire)
show(b.release, 2)
show(b.release)
show(b.release)
z = threading.Semaphore(0)
show(z.acquire, timeout=0)
show(z.acquire, timeout=-1)
show(z.acquire, False)
show(lambda: type(threading.Semaphore(0)).__name__)
with threading.Semaphore(2) as v:
    print("with value:", v)
