import sys
import threading

sys.setswitchinterval(1e-6)
counts = {}
lock = threading.Lock()
shared = []

def work(name):
    local_total = 0
    for i in range(3000):
        local_total += i
        if i % 500 == 0:
            with lock:
                shared.append((name, i))
    with lock:
        counts[name] = local_total

ts = [threading.Thread(target=work, args=("w%d" % i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(counts.items()))
print(len(shared), sorted(shared)[:4])
print(sys.getswitchinterval())
