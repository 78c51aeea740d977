# A text-processing pipeline combining itertools, operator and functools.
from itertools import chain, groupby, islice, accumulate
from operator import itemgetter
from functools import reduce, partial
import heapq

text = """the cat sat on the mat
the dog sat on the log
a cat and a dog met on a mat"""

lines = text.splitlines()
words = list(chain.from_iterable(line.split() for line in lines))
print(len(words), words[:6])

counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = heapq.nlargest(4, counts.items(), key=itemgetter(1))
print(top)

by_len = sorted(set(words), key=len)
for n, grp in groupby(by_len, key=len):
    print(n, sorted(grp))

line_lengths = [len(l) for l in lines]
print(list(accumulate(line_lengths)), reduce(max, line_lengths))
first_letters = "".join(islice((w[0] for w in words), 10))
print(first_letters)

count_of = partial(sorted, key=itemgetter(1, 0), reverse=True)
print(count_of(counts.items())[:3])
total = reduce(lambda acc, kv: acc + kv[1], counts.items(), 0)
print(total == len(words))
