# finally blocks run (and print) while an uncaught exception propagates.

data = {1: [3, 4], 2: [5], 4: [6, 7, 8]}

def step(n):
    try:
        print("step", n, "start")
        if n not in data:
            raise IndexError(f"step {n} has no data")
        print("step", n, "sum", sum(data[n]))
    finally:
        print("step", n, "cleanup")

def run_all(limit):
    done = 0
    try:
        for i in range(1, limit + 1):
            step(i)
            done += 1
    finally:
        print("outer cleanup after", done, "steps")

run_all(2)
run_all(5)
print("not reached")
