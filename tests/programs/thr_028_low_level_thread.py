import _thread
import time

lock = _thread.allocate_lock()
print(type(lock).__name__, lock.locked())
done = _thread.allocate_lock()
done.acquire()
results = []

def worker(a, b, scale=1):
    with lock:
        results.append((a + b) * scale)
    done.release()

ident = _thread.start_new_thread(worker, (2, 3), {"scale": 10})
print(isinstance(ident, int))
done.acquire()
print(results)

n_done = [0]
finished = _thread.allocate_lock()
finished.acquire()
def counter(i):
    with lock:
        n_done[0] += 1
        results.append(i)
        if n_done[0] == 5:
            finished.release()
for i in range(5):
    _thread.start_new_thread(counter, (i,))
finished.acquire()
print(sorted(results))
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()
print(lock.locked())
print(_thread.LockType is type(lock), _thread.error is RuntimeError)
print(_thread.TIMEOUT_MAX > 1e6)
print('unlocked' in repr(lock), repr(lock).split(' object')[0])
print(_thread.get_ident() == _thread.get_ident())
