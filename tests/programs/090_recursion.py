# Recursion: ackermann, hanoi, permutations, subsets, memoised counting, mutual recursion.

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print([[ackermann(m, n) for n in range(4)] for m in range(3)], ackermann(2, 3), ackermann(3, 3))

moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)

hanoi(4, "A", "C", "B")
print(len(moves), moves[:5], moves[-1])

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result

perms = permutations([1, 2, 3])
print(len(perms), perms)
print(["".join(p) for p in permutations(list("abc"))], len(permutations(list(range(6)))))

memo = {}
def ways(n, coins):
    key = (n, len(coins))
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    if key not in memo:
        memo[key] = ways(n - coins[0], coins) + ways(n, coins[1:])
    return memo[key]

print("ways to make 100:", ways(100, [50, 25, 10, 5, 1]), len(memo))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))

def flatten_sum(obj):
    if isinstance(obj, (list, tuple)):
        return sum(flatten_sum(x) for x in obj)
    return obj

print(flatten_sum([1, [2, [3, (4, 5)]], [[[[6]]]]]))

def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]

print(sorted(power_set([1, 2, 3]), key=lambda x: (len(x), x)))
def depth_sum(n):
    return 0 if n == 0 else n + depth_sum(n - 1)
print(depth_sum(500))
