# Uncaught OverflowError converting a huge int to float.

def growth(n):
    value = 1
    for _ in range(n):
        value *= 1000
    return value

def describe(v):
    digits = str(v)
    return f"{len(digits)} digits, starts {digits[:4]}, as float {float(v)}"

print(growth(3), growth(3) / 7, growth(3) // 7)
for n in [10, 50, 100, 102, 150]:
    v = growth(n)
    print(n, describe(v))
print("done")
