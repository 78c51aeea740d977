# Quicksort, mergesort, insertion sort and heapsort written by hand, checked against sorted().

def quicksort(items):
    if len(items) <= 1:
        return list(items)
    pivot = items[len(items) // 2]
    less = [x for x in items if x < pivot]
    equal = [x for x in items if x == pivot]
    greater = [x for x in items if x > pivot]
    return quicksort(less) + equal + quicksort(greater)

def mergesort(items, key=lambda x: x):
    if len(items) <= 1:
        return list(items)
    mid = len(items) // 2
    left, right = mergesort(items[:mid], key), mergesort(items[mid:], key)
    merged, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            merged.append(right[j])
            j += 1
        else:
            merged.append(left[i])
            i += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged

def insertion_sort(items):
    a = list(items)
    comparisons = 0
    for i in range(1, len(a)):
        current = a[i]
        j = i - 1
        while j >= 0:
            comparisons += 1
            if a[j] <= current:
                break
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = current
    return a, comparisons

def heapsort(items):
    a = list(items)
    n = len(a)
    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for start in range((n - 2) // 2, -1, -1):
        sift(start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a

def lcg(seed):
    state = seed
    def rand(n):
        nonlocal state
        state = (state * 1103515245 + 12345) % 2 ** 31
        return state % n
    return rand

rand = lcg(42)
data = [rand(1000) for _ in range(300)]
print(data[:15])
expected = sorted(data)
for name, fn in [("quicksort", quicksort), ("mergesort", mergesort), ("heapsort", heapsort)]:
    print(name, fn(data) == expected, fn(data)[:8])
result, comps = insertion_sort(data)
print("insertion", result == expected, comps)
print("insertion on sorted input:", insertion_sort(expected)[1])
records = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print("stable mergesort:", mergesort(records, key=lambda r: r[1]))
print(quicksort(["pear", "apple", "fig", "apple"]), heapsort([3.5, -1, 2, 0.0]), quicksort([]))
