# A tiny matrix library on lists of lists: multiply, transpose, determinant, inverse, solve.

def zeros(r, c):
    return [[0] * c for _ in range(r)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def transpose(m):
    return [list(row) for row in zip(*m)]

def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} * {len(b)}x{len(b[0])}")
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def determinant(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(n):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * determinant(minor)
    return total

def inverse(m):
    n = len(m)
    aug = [list(map(float, row)) + [float(x) for x in ident] for row, ident in zip(m, identity(n))]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        if abs(aug[pivot][col]) < 1e-12:
            raise ValueError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [v / p for v in aug[col]]
        for r in range(n):
            if r != col:
                f = aug[r][col]
                aug[r] = [rv - f * cv for rv, cv in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]

def show(name, m):
    print(name + ":")
    for row in m:
        print("  [" + " ".join(f"{v:8.3f}" if isinstance(v, float) else f"{v:5}" for v in row) + " ]")

a = [[2, 1, 0], [1, 3, 1], [0, 1, 4]]
b = [[1, 2], [3, 4], [5, 6]]
show("A", a)
show("B", b)
show("A x B", matmul(a, b))
show("B^T", transpose(b))
print("det(A) =", determinant(a), " det(I4) =", determinant(identity(4)))
inv = inverse(a)
show("inverse(A)", inv)
check = matmul(a, inv)
show("A x inverse(A) rounded", [[round(v, 10) + 0.0 for v in row] for row in check])
m4 = [[3, 2, 0, 1], [4, 0, 1, 2], [3, 0, 2, 1], [9, 2, 3, 1]]
print("det(M4) =", determinant(m4))
power = identity(2)
fib_m = [[1, 1], [1, 0]]
for _ in range(30):
    power = matmul(power, fib_m)
print("fib via matrix power:", power[0][1])
for bad in [lambda: matmul(b, b), lambda: inverse([[1, 2], [2, 4]])]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
