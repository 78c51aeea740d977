# A missing colon after a for header: SyntaxError: expected ':'.
# Nothing runs, so nothing is printed to stdout.

def average(values):
    if not values:
        return 0.0
    return sum(values) / len(values)

def describe(values):
    return f"n={len(values)} mean={average(values):.2f}"

values = [1, 2, 3]
print("this line is never printed")
print(describe(values))
for v in values
    print(v, v * v)
print("done")
