# Word statistics with Counter.
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""

words = [w.strip(",.").lower() for w in TEXT.split()]
freq = Counter(words)
print(freq.most_common(5))
print(freq["was"], freq["nothing"], len(freq), freq.total())
letters = Counter(ch for ch in TEXT.lower() if ch.isalpha())
print(letters.most_common(3))
print("".join(sorted(letters.elements()))[:20])
print(sorted(Counter("mississippi").items()))
print(Counter("mississippi"))

inventory = Counter(apples=5, pears=2)
order = Counter(apples=2, pears=3, plums=1)
print(inventory - order, order - inventory)
print(inventory + order, inventory | order, inventory & order)
remaining = inventory.copy()
remaining.subtract(order)
print(remaining, +remaining, -remaining)
remaining.update(["plums", "plums"])
remaining.update({"pears": 10})
print(remaining)
print(Counter("abc") == Counter("cba"), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
print(Counter(), repr(Counter()), Counter({"x": 0}), list(Counter("aab").keys()))
c = Counter("aaabbc")
c["a"] -= 3
del c["zzz"]
print(c, c.most_common(1), c.most_common(0), c.most_common(10))
c += Counter()
print(c)
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
ranking = sorted(Counter(words).items(), key=lambda kv: (-kv[1], kv[0]))[:4]
for word, n in ranking:
    print(f"{word:>6} {'#' * n}")
