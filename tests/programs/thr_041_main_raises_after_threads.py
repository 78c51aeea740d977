import threading

results = []
def worker(i):
    results.append(i * i)

ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results))
total = sum(results)
if total != 6:
    raise AssertionError("unexpected total %d" % total)
