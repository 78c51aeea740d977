import threading

lock = threading.Lock()
print(lock.locked())
with lock:
    print(lock.locked())
    print(lock.acquire(False))
    print(lock.acquire(True, 0.01))
    print(lock.acquire(blocking=True, timeout=0))
print(lock.locked())
print(type(lock).__name__, type(lock).__module__)
print(threading.Lock is threading.Lock, callable(threading.RLock))

# one thread releases a lock acquired by another (allowed for plain locks)
lock.acquire()
def release_it():
    lock.release()
t = threading.Thread(target=release_it); t.start(); t.join()
print("released by other thread:", lock.locked())

# handoff: main blocks until the worker releases
handoff = threading.Lock()
handoff.acquire()
msg = []
def worker():
    msg.append("work done")
    handoff.release()
threading.Thread(target=worker).start()
handoff.acquire()
print(msg)
print(threading.ThreadError is RuntimeError, threading.TIMEOUT_MAX > 0)
