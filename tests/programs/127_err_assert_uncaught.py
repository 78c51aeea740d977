# An assertion with a message fails and is not caught.

def normalize(weights):
    total = sum(weights)
    result = [w / total for w in weights]
    assert abs(sum(result) - 1.0) < 1e-9, "weights must sum to 1"
    return result

def weighted_average(values, weights):
    assert len(values) == len(weights), "length mismatch"
    w = normalize(weights)
    return sum(v * x for v, x in zip(values, w))

print(normalize([1, 1, 2]))
print(normalize([0.5, 0.25, 0.25]))
print(weighted_average([10, 20, 30], [1, 2, 1]))
print(weighted_average([3.5, 4.5], [3, 1]))
weights = [3, -3, 0]
assert len(weights) == 3
assert sum(weights) != 0, f"cannot normalize {weights}: total is {sum(weights)}"
print(normalize(weights))
