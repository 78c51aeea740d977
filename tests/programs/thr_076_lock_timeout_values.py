import threading

lock = threading.Lock()
lock.acquire()
for v in [0, 0.0, 0.001, 1e-9, True, False, 10**10, -10**30, 1e10,
          float("nan"), float("inf"), float("-inf"), -2, -0.5, None, "1", [1]]:
    try:
        print(repr(v), lock.acquire(True, v))
    except Exception as e:
        print(repr(v), type(e).__name__, e)
lock.release()
r = threading.RLock()
def other():
    for v in [0, 0.001, float("nan"), 10**12, "x"]:
        try:
            print("rlock", repr(v), r.acquire(timeout=v))
        except Exception as e:
            print("rlock", repr(v), type(e).__name__, e)
with r:
    t = threading.Thread(target=other)
    t.start(); t.join()
class Secs:
    def __index__(self):
        return 0
print(lock.acquire(timeout=Secs()), lock.locked())
lock.release()
