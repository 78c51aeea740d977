# Seeding with every supported type, getrandbits sizes, state save/restore.
import random

for seed in [0, 1, -1, 42, 2**32, 2**32 - 1, 2**64 + 5, -(2**100), 10**40,
             1.5, -2.25, 3.0, "", "abc", "naïve café", b"", b"\x00\xff", True]:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(16))

rng = random.Random(2023)
for k in [0, 1, 7, 31, 32, 33, 63, 64, 65, 100, 255]:
    print(k, rng.getrandbits(k))
print(rng.randbytes(12))
print(rng.randrange(10**30), rng.randrange(-10, 10, 3), rng.randint(-(2**70), 2**70))

state = rng.getstate()
print(state[0], len(state[1]), state[2])
first = [rng.random() for _ in range(3)]
rng.setstate(state)
print(first == [rng.random() for _ in range(3)])

# gauss keeps its second value in the state.
rng.gauss()
saved = rng.getstate()
a = rng.gauss()
rng.setstate(saved)
print(a == rng.gauss())

# The module functions share one hidden instance.
random.seed(5)
x = random.random()
random.seed(5)
print(x == random.random(), random.Random(5).random() != random.random())

# Version 1 string seeding is still available.
random.seed("legacy", version=1)
print(random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    rng.getrandbits(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    rng.setstate((1, (), None))
except ValueError as e:
    print("ValueError:", e)
