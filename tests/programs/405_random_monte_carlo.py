# Monte Carlo estimates and a random walk, with a seeded generator.
import math
import random

rng = random.Random(31415)
inside = 0
trials = 20000
for _ in range(trials):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1.0:
        inside += 1
estimate = 4 * inside / trials
print(f"pi ~ {estimate:.4f} (error {abs(estimate - math.pi):.4f})")

position = 0
farthest = 0
path = []
for step in range(1000):
    position += rng.choice((-1, 1))
    farthest = max(farthest, abs(position))
    if step % 100 == 99:
        path.append(position)
print("walk:", path, "farthest:", farthest)

# Birthday paradox.
random.seed(365)
shared = 0
for _ in range(2000):
    days = [random.randrange(365) for _ in range(23)]
    if len(set(days)) < 23:
        shared += 1
print(f"P(shared birthday among 23) ~ {shared / 2000:.3f}")

# Bootstrap mean of a small data set.
data = [2.3, 4.1, 3.3, 5.0, 2.9, 4.4, 3.8]
means = sorted(sum(random.choices(data, k=len(data))) / len(data) for _ in range(500))
print(f"95% interval: {means[12]:.3f} .. {means[487]:.3f}")
