# FizzBuzz, 1 to 30, printed as a table of six columns.


def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)


cells = [fizzbuzz(n) for n in range(1, 31)]
for row in range(0, len(cells), 6):
    print(" ".join([f"{c:>8}" for c in cells[row:row + 6]]))

counts = {}
for c in cells:
    kind = c if not c.isdigit() else "number"
    counts[kind] = counts.get(kind, 0) + 1
print()
for kind in ["Fizz", "Buzz", "FizzBuzz", "number"]:
    print(f"{kind:>8}: {counts[kind]}")
