# return at module level is a SyntaxError, reported before anything runs.

def clamp(value, low, high):
    if value < low:
        return low
    if value > high:
        return high
    return value

def clamp_all(values, low, high):
    return [clamp(v, low, high) for v in values]

print(clamp_all([-5, 3, 12], 0, 10))
if clamp(5, 0, 3) == 3:
    print("clamped")
return 2
