import sys
import threading

orig = sys.getswitchinterval()
print(orig)
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(1e-6)
counter = [0]
lock = threading.Lock()

def bump():
    for _ in range(2000):
        with lock:
            counter[0] += 1

ts = [threading.Thread(target=bump) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter[0])
for bad in (0, -1, 0.0, -0.5):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setswitchinterval("fast")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.setswitchinterval(None)
except TypeError as e:
    print(type(e).__name__, e)
sys.setswitchinterval(2)
print(sys.getswitchinterval())
sys.setswitchinterval(orig)
print(sys.getswitchinterval() == orig)
