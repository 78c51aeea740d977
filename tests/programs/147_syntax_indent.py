# An unexpected indent is an IndentationError at compile time.

def running_totals(values):
    totals = []
    current = 0
    for v in values:
        current += v
        totals.append(current)
    return totals

print("never printed")
total = 0
for i in range(3):
    total += i
    print(total)
        print("over-indented")
print(running_totals([1, 2, 3]))
