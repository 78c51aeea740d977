import threading
import queue

tasks = queue.Queue()
done = []
lock = threading.Lock()

def worker(wid):
    while True:
        job = tasks.get()
        try:
            if job is None:
                return
            with lock:
                done.append(job ** 2)
        finally:
            tasks.task_done()

workers = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(3)]
for w in workers: w.start()
for batch in range(3):
    for j in range(5):
        tasks.put(batch * 10 + j)
    tasks.join()      # wait for this batch to be fully processed
    with lock:
        print("batch", batch, "processed:", len(done), "unfinished:", tasks.unfinished_tasks)
for _ in workers:
    tasks.put(None)
tasks.join()
for w in workers: w.join()
print(sorted(done))
