# Dice simulation with a seeded generator: histograms of one and two dice.
import random

random.seed(2024)
counts = [0] * 7
for _ in range(6000):
    counts[random.randint(1, 6)] += 1
for face in range(1, 7):
    bar = "#" * (counts[face] // 50)
    print(f"{face}: {counts[face]:5d} {bar}")

sums = {}
for _ in range(3600):
    total = random.randint(1, 6) + random.randint(1, 6)
    sums[total] = sums.get(total, 0) + 1
for total in sorted(sums):
    print(f"{total:2d} {sums[total]:4d} {sums[total] / 3600:.3f}")

# Yahtzee: roll five dice until all match, counting rolls.
random.seed(7)
attempts = []
for game in range(5):
    rolls = 0
    while True:
        rolls += 1
        dice = [random.randrange(1, 7) for _ in range(5)]
        if len(set(dice)) == 1:
            break
    attempts.append(rolls)
print("rolls until yahtzee:", attempts)
print("first rolls after reseed:", [random.randint(1, 6) for _ in range(10)])
