# Slice assignment: growing, shrinking, inserting and extended slices.

a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[1:1] = [100, 200]
print(a)
a[-2:] = []
print(a)
a[:0] = "ab"
print(a)
a[::2] = range(len(a[::2]))
print(a)
a[1::3] = ["*"] * len(a[1::3])
print(a)
a[:] = [9, 8, 7]
print(a)
a[len(a):] = [6, 5]
print(a)
a[::-1] = [1, 2, 3, 4, 5]
print(a)
a[10:20] = ["tail"]
print(a)
b = [0, 1, 2, 3, 4, 5]
b[4:1:-1] = ["c", "b", "a"]
print(b)
b[1:5] = (i * i for i in range(2))
print(b)

try:
    b[::2] = [1, 2, 3, 4, 5]
except ValueError as e:
    print("ValueError:", e)
try:
    b[0:2] = 5
except TypeError as e:
    print("TypeError:", e)

def insert_sorted(seq, value):
    lo, hi = 0, len(seq)
    while lo < hi:
        mid = (lo + hi) // 2
        if seq[mid] < value:
            lo = mid + 1
        else:
            hi = mid
    seq[lo:lo] = [value]

data = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    insert_sorted(data, v)
print(data)

def replace_run(seq, old, new):
    i = 0
    while i <= len(seq) - len(old):
        if seq[i:i + len(old)] == old:
            seq[i:i + len(old)] = new
            i += len(new)
        else:
            i += 1
    return seq

print(replace_run([1, 2, 3, 1, 2, 3, 4], [1, 2], ["one-two"]))
print(replace_run(list("banana"), ["a", "n"], []))
m = [[0] * 3 for _ in range(3)]
m[1][1:] = [5, 6]
shared = [[0] * 3] * 3
shared[0][0] = 1
print(m, shared)
