# An uncaught KeyError from a defaultdict without a factory.
from collections import defaultdict

totals = defaultdict(None, {"north": 10})
totals["north"] += 5
print(totals)


def report(region):
    return totals[region] * 2


print(report("north"))
print(report("south"))
