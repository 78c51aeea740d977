# An unmatched closing parenthesis.

def weighted(values, weights):
    return sum(v * w for v, w in zip(values, weights))

totals = [1, 2, 3]
weights = [0.5, 0.25, 0.25]
print("never printed")
result = sum(totals))
print(result, weighted(totals, weights))
