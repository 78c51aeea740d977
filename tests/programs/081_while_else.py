# while loops with else, break and continue.

def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            print(f"{n} has divisor {d}")
            break
        d += 1
    else:
        print(f"{n} is prime")

for n in [2, 15, 17, 49, 97, 1]:
    find_divisor(n)

i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("multiple of 3:", i)
else:
    print("loop finished with i =", i)

count = 0
while True:
    count += 1
    if count >= 5:
        break
print("count", count)

def digits(n):
    out = []
    while n:
        n, r = divmod(n, 10)
        out.append(r)
    return out[::-1] or [0]

print(digits(9075), digits(0), digits(1000))

def newton_sqrt(x, tolerance=1e-12):
    guess = x / 2 or 1.0
    steps = 0
    while abs(guess * guess - x) > tolerance * x:
        guess = (guess + x / guess) / 2
        steps += 1
    return guess, steps

for v in [2, 10, 144, 1e6]:
    root, steps = newton_sqrt(v)
    print(v, round(root, 10), steps)

queue = [1]
seen = []
while queue:
    item = queue.pop(0)
    if item > 20:
        continue
    seen.append(item)
    queue.extend([item * 2, item * 3])
print(seen)
n = 0
while n < 3:
    n += 1
else:
    print("while-else ran, n =", n)
while False:
    pass
else:
    print("else runs even when loop body never runs")
