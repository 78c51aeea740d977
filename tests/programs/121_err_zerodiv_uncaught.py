# Uncaught ZeroDivisionError: a report divides by the size of an empty group.

scores = {
    "algebra": [88, 92, 79, 95],
    "biology": [71, 64, 80],
    "chemistry": [90],
    "drama": [],
    "economics": [55, 70],
}

def mean(values):
    return sum(values) / len(values)

def spread(values):
    return max(values) - min(values) if values else 0

def report(table):
    print(f"{'course':<10} {'n':>2} {'mean':>7} {'spread':>6}")
    for course, values in table.items():
        print(f"{course:<10} {len(values):>2} {mean(values):>7.2f} {spread(values):>6}")

overall = [v for values in scores.values() for v in values]
print("overall mean:", round(mean(overall), 3))
report(scores)
print("unreachable")
