# List slicing: reading with steps and negative indices; del of slices.

nums = list(range(10))
print(nums[2:5], nums[:3], nums[7:], nums[-3:], nums[:-7], nums[::2], nums[1::3])
print(nums[::-1], nums[8:2:-2], nums[-1:-4:-1], nums[5:5], nums[20:30], nums[-20:2])
print(nums[slice(1, 8, 3)], nums[slice(None)], nums[slice(-2, None)])
copy = nums[:]
copy[0] = 99
print(nums[0], copy[0])

del nums[0]
print(nums)
del nums[-1]
print(nums)
del nums[2:4]
print(nums)
del nums[::2]
print(nums)
del nums[:]
print(nums, len(nums))

grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, grid[1], grid[1][2], grid[-1][-1], [row[1] for row in grid], grid[::-1][0])

def window(seq, size):
    return [seq[i:i + size] for i in range(len(seq) - size + 1)]

print(window([1, 2, 3, 4, 5], 3))
print(window("abcd", 2))

def moving_average(values, n):
    return [sum(w) / n for w in window(values, n)]

print(moving_average([2, 4, 6, 8, 10, 12], 3))
letters = list("abcdefgh")
evens, odds = letters[::2], letters[1::2]
print(evens, odds, list(zip(evens, odds)))
print(letters[len(letters) // 2:] + letters[:len(letters) // 2])
try:
    letters[8]
except IndexError as e:
    print("IndexError:", e)
try:
    letters[-9] = "z"
except IndexError as e:
    print("IndexError:", e)
try:
    del letters[10]
except IndexError as e:
    print("IndexError:", e)
