# RecursionError from unbounded recursion is catchable; the program continues.
import sys

def forever(n):
    return forever(n + 1)

def count_depth():
    depth = 0
    def dive():
        nonlocal depth
        depth += 1
        dive()
    try:
        dive()
    except RecursionError:
        return depth

try:
    forever(0)
except RecursionError as e:
    print("caught", type(e).__name__)
    print(isinstance(e, RuntimeError))

d = count_depth()
print("depth is plausible:", 100 < d <= sys.getrecursionlimit())

def mutual_a(n):
    return mutual_b(n + 1)

def mutual_b(n):
    return mutual_a(n + 1)

try:
    mutual_a(0)
except RecursionError as e:
    print("mutual recursion stopped:", type(e).__name__)

def safe_depth(n):
    return 0 if n == 0 else 1 + safe_depth(n - 1)

print("bounded recursion still works:", safe_depth(200))

def nested_list(depth):
    result = []
    for _ in range(depth):
        result = [result]
    return result

def measure(lst):
    return 0 if not lst else 1 + measure(lst[0])

print(measure(nested_list(300)))
try:
    measure(nested_list(20000))
except RecursionError:
    print("too deep to measure")
print("still running after", "recursion errors")
