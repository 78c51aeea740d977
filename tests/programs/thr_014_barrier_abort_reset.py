import threading

b = threading.Barrier(3)
errors = []
lock = threading.Lock()

def waiter():
    try:
        b.wait()
        with lock:
            errors.append("passed")
    except threading.BrokenBarrierError as e:
        with lock:
            errors.append(type(e).__name__ + repr(e.args))

ts = [threading.Thread(target=waiter) for _ in range(2)]
for t in ts: t.start()
while b.n_waiting < 2:
    pass
print("n_waiting:", b.n_waiting)
b.abort()
for t in ts: t.join()
print(errors)
print("broken:", b.broken, "n_waiting:", b.n_waiting)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("wait on broken barrier raises")
print(issubclass(threading.BrokenBarrierError, RuntimeError))
b.reset()
print("after reset broken:", b.broken)

# reset while threads wait: they get BrokenBarrierError, barrier usable after
errors.clear()
ts = [threading.Thread(target=waiter) for _ in range(2)]
for t in ts: t.start()
while b.n_waiting < 2:
    pass
b.reset()
for t in ts: t.join()
print(errors, b.broken)
ts = [threading.Thread(target=waiter) for _ in range(3)]
errors.clear()
for t in ts: t.start()
for t in ts: t.join()
print(errors)
