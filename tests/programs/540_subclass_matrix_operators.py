# A matrix as a list of rows, with operators defined on the subclass.
class Matrix(list):
    def __init__(self, rows):
        super().__init__([list(r) for r in rows])

    @property
    def shape(self):
        return len(self), len(self[0]) if self else 0

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self, other)])

    def __matmul__(self, other):
        cols = list(zip(*other))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self])

    def __mul__(self, k):
        return Matrix([[k * x for x in row] for row in self])

    __rmul__ = __mul__

    def __eq__(self, other):
        return list(self) == list(other)

    def __repr__(self):
        width = max(len(str(x)) for row in self for x in row)
        lines = ["[" + " ".join(str(x).rjust(width) for x in row) + "]" for row in self]
        return "\n".join(lines)

    def transpose(self):
        return Matrix(zip(*self))


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B)
print(A @ B)
print(2 * A)
print(A * 3 == Matrix([[3, 6], [9, 12]]), A.shape, A.transpose().shape)
print(A.transpose())
identity = Matrix([[1, 0], [0, 1]])
print(A @ identity == A, A != B, len(A), A[1][0], [row[0] for row in A])
A.append([5, 6])
print(A.shape, type(A).__name__, isinstance(A, list))
print(sum(map(sum, A)), max(max(r) for r in A), sorted(A, reverse=True)[0])
