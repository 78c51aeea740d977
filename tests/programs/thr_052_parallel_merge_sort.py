import threading
import random

def merge(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out + a[i:] + b[j:]

def psort(xs, depth=0):
    if len(xs) <= 8 or depth >= 3:
        return sorted(xs)
    mid = len(xs) // 2
    holder = {}
    def left():
        holder["l"] = psort(xs[:mid], depth + 1)
    t = threading.Thread(target=left)
    t.start()
    right = psort(xs[mid:], depth + 1)
    t.join()
    return merge(holder["l"], right)

rng = random.Random(42)
data = [rng.randint(-1000, 1000) for _ in range(300)]
res = psort(data)
print(res == sorted(data), len(res))
print(res[:10])
print(psort([5, 3, 1]), psort([]))
print(threading.active_count())
