import threading

start = threading.Event()
results = []
lock = threading.Lock()

def runner(i):
    start.wait()
    with lock:
        results.append(i)

ts = [threading.Thread(target=runner, args=(i,)) for i in range(5)]
for t in ts: t.start()
print("before set:", results, start.is_set())
start.set()
for t in ts: t.join()
print("after set:", sorted(results), start.is_set())
start.clear()
print("cleared:", start.is_set())
print("wait timeout:", start.wait(0.01))
start.set()
print("wait when set:", start.wait(), start.wait(0))
print(start.is_set())

# ping-pong with two events
ping, pong = threading.Event(), threading.Event()
log = []
def player():
    for i in range(3):
        ping.wait(); ping.clear()
        log.append("pong %d" % i)
        pong.set()
t = threading.Thread(target=player)
t.start()
for i in range(3):
    log.append("ping %d" % i)
    ping.set()
    pong.wait(); pong.clear()
t.join()
print("\n".join(log))
