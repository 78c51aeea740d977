import threading
from collections import Counter

text = """the cat sat on the mat
the dog sat on the log
a cat and a dog met on a mat
""" * 5
lines = text.splitlines()
chunks = [lines[i::4] for i in range(4)]
partials = [None] * 4

def mapper(idx):
    c = Counter()
    for line in chunks[idx]:
        c.update(line.split())
    partials[idx] = c

ts = [threading.Thread(target=mapper, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
total = Counter()
for p in partials:
    total += p
for word, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
    print(word, n)
print(sum(total.values()) == len(text.split()))
