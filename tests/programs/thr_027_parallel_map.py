import threading
import queue

def parallel_map(func, items, workers=4):
    results = [None] * len(items)
    tasks = queue.Queue()
    for idx, item in enumerate(items):
        tasks.put((idx, item))
    def worker():
        while True:
            try:
                idx, item = tasks.get_nowait()
            except queue.Empty:
                return
            results[idx] = func(item)
            tasks.task_done()
    ts = [threading.Thread(target=worker) for _ in range(workers)]
    for t in ts: t.start()
    tasks.join()
    for t in ts: t.join()
    return results

def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print(parallel_map(collatz_len, list(range(1, 31))))
print(parallel_map(str.upper, ["a", "bc", "def"], workers=2))
print(parallel_map(len, []))
words = "the quick brown fox jumps over the lazy dog".split()
print(dict(zip(words, parallel_map(lambda w: w[::-1], words, workers=3))))
