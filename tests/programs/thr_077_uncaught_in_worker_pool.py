import threading
import queue

jobs = queue.Queue()
for item in ["10", "20", "oops", "40"]:
    jobs.put(item)
total = [0]
lock = threading.Lock()

def worker():
    while True:
        try:
            item = jobs.get_nowait()
        except queue.Empty:
            return
        value = int(item)          # "oops" kills this worker
        with lock:
            total[0] += value

# a single worker so the failure point (and what is left) is deterministic
w = threading.Thread(target=worker, name="pool-worker")
w.start()
w.join()
print("total before failure:", total[0])
print("left in queue:", jobs.qsize())
