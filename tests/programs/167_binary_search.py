# Binary search variants: exact match, leftmost/rightmost insertion points, search on answers.

def binary_search(seq, target):
    lo, hi = 0, len(seq) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if seq[mid] == target:
            return mid, steps
        if seq[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def bisect_left(seq, x):
    lo, hi = 0, len(seq)
    while lo < hi:
        mid = (lo + hi) // 2
        if seq[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def bisect_right(seq, x):
    lo, hi = 0, len(seq)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < seq[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo

data = [1, 3, 3, 3, 5, 8, 13, 21, 21, 34, 55, 89]
for t in [1, 3, 4, 21, 89, 100, 0]:
    idx, steps = binary_search(data, t)
    print(f"search {t:>3}: index {idx:>2} in {steps} steps; left={bisect_left(data, t)} right={bisect_right(data, t)}")
print("count of 3:", bisect_right(data, 3) - bisect_left(data, 3))

big = list(range(0, 2_000_000, 2))
print(binary_search(big, 1_234_566), binary_search(big, 1_234_567))

def integer_sqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo

print([integer_sqrt(n) for n in [0, 1, 2, 15, 16, 17, 10 ** 12, 2 ** 100]])

def first_true(lo, hi, pred):
    while lo < hi:
        mid = (lo + hi) // 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

print("first n with n! > 10**100:", first_true(1, 200, lambda n: fact(n) > 10 ** 100))
print("first square >= 2024:", first_true(0, 2024, lambda n: n * n >= 2024) ** 2)
grades = [60, 70, 80, 90]
letters = "FDCBA"
print([letters[bisect_right(grades, s)] for s in [33, 60, 77, 70, 89, 90, 100]])
