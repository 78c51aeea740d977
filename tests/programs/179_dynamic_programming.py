# Dynamic programming classics: edit distance, LCS, knapsack, coin change, LIS.

def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

def lcs(a, b):
    table = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                table[i][j] = a[i] + table[i + 1][j + 1]
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1], key=len)
    return table[0][0]

def knapsack(items, capacity):
    best = [(0, [])] * (capacity + 1)
    for name, weight, value in items:
        for c in range(capacity, weight - 1, -1):
            cand_value = best[c - weight][0] + value
            if cand_value > best[c][0]:
                best[c] = (cand_value, best[c - weight][1] + [name])
    return best[capacity]

def min_coins(coins, amount):
    INF = float("inf")
    dp = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
    return dp[amount] if dp[amount] != INF else None

def lis(seq):
    tails, prev_idx, tail_idx = [], [None] * len(seq), []
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
            tail_idx.append(i)
        else:
            tails[lo] = x
            tail_idx[lo] = i
        prev_idx[i] = tail_idx[lo - 1] if lo else None
    out, k = [], tail_idx[-1] if tail_idx else None
    while k is not None:
        out.append(seq[k])
        k = prev_idx[k]
    return out[::-1]

for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution"), ("same", "same")]:
    print(f"edit({a!r}, {b!r}) = {edit_distance(a, b)}   lcs = {lcs(a, b)!r}")
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
print("knapsack(200):", knapsack(items, 200))
print("knapsack(50):", knapsack(items, 50))
for coins, amount in [([1, 5, 10, 25], 63), ([2], 3), ([1, 3, 4], 6), ([7, 3], 100)]:
    print(f"min_coins({coins}, {amount}) = {min_coins(coins, amount)}")
print("lis:", lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]), lis([]), lis([5, 4, 3]))
