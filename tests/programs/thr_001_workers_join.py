import threading

results = []
lock = threading.Lock()

def worker(n):
    total = sum(i * i for i in range(n * 100))
    with lock:
        results.append((n, total))

threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n, total in sorted(results):
    print(n, total)
print("alive after join:", [t.is_alive() for t in threads])
print("done", len(results))
