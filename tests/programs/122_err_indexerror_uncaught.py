# Uncaught IndexError from an off-by-one loop over neighbouring pairs.

readings = [12.5, 13.0, 12.75, 14.25, 15.0]

def deltas(values):
    out = []
    for i in range(len(values) - 1):
        out.append(round(values[i + 1] - values[i], 2))
    return out

def pairwise_sums(values):
    sums = []
    for i in range(len(values)):
        sums.append(values[i] + values[i + 1])
        print("partial", sums)
    return sums

def describe(values):
    d = deltas(values)
    print("readings:", values)
    print("deltas:  ", d)
    print("rising:  ", all(x > 0 for x in d))

describe(readings)
describe(readings[::-1])
print(pairwise_sums([1, 2, 3, 4]))
