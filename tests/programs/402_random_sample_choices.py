# Lottery draws with sample(), weighted picks with choices().
import random

random.seed(12345)
for draw in range(3):
    print("lotto:", sorted(random.sample(range(1, 50), 6)))

# A population larger than the pool-size threshold uses the set method.
print(random.sample(range(1_000_000), 8))
print(random.sample(range(100), 30))
print(random.sample("abcdefghij", 4))
print(random.sample(("x", "y", "z"), 3))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))

colors = ["red", "green", "blue"]
print(random.choices(colors, k=10))
print(random.choices(colors, weights=[10, 1, 1], k=10))
print(random.choices(colors, cum_weights=[1, 2, 10], k=10))
print(random.choices(range(5), [0.5, 0.1, 0.1, 0.1, 0.2], k=8))
print(random.choice(colors), random.choice(range(1000)), random.choice("xyz"))

# Weighted loot table.
loot = {"common": 70, "rare": 25, "epic": 4.5, "legendary": 0.5}
picks = random.choices(list(loot), weights=list(loot.values()), k=1000)
for name in loot:
    print(f"{name:10s} {picks.count(name)}")

for bad in [
    lambda: random.sample(range(3), 4),
    lambda: random.sample({1, 2, 3}, 2),
    lambda: random.choices(colors, weights=[1, 2], k=2),
    lambda: random.choices(colors, [1, 1, 1], cum_weights=[1, 2, 3]),
    lambda: random.choices(colors, 3),
    lambda: random.choice([]),
    lambda: random.choices(colors, weights=[0, 0, 0]),
]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)

# Other sequences CPython accepts: deque, array, UserList.
from array import array
from collections import UserList, deque

random.seed(8)
print(random.sample(deque("abcdef"), 3), random.sample(array("i", range(20)), 4),
      random.sample(UserList([10, 20, 30]), 2), random.choice(deque([1, 2, 3])))
