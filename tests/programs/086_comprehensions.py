# List/set/dict comprehensions: nested, filtered, with multiple for clauses.

squares = [x * x for x in range(10)]
evens = [x for x in squares if x % 2 == 0]
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
print(squares, evens, pairs, sep="\n")
matrix = [[r * 4 + c for c in range(4)] for r in range(3)]
flat = [v for row in matrix for v in row]
transposed = [[row[i] for row in matrix] for i in range(4)]
print(matrix, flat, transposed, sep="\n")
print([[1 if r == c else 0 for c in range(4)] for r in range(4)])
words = ["Apple", "banana", "Cherry", "date", "Elder", "fig"]
print([w.lower() for w in words if w[0].isupper()], [w[::-1] for w in words if len(w) <= 4])
print({len(w) for w in words}, {w[0].lower(): w for w in words})
print([c for w in words for c in w if c in "aeiou"][:10])
print([x if x % 3 else "fizz" for x in range(1, 10)])
print([(i, j, k) for i in range(1, 10) for j in range(i, 10) for k in range(j, 10) if i * i + j * j == k * k])
primes = [n for n in range(2, 60) if all(n % d for d in range(2, n))]
print(primes)
print([sum(row) for row in matrix], [max(col) for col in zip(*matrix)])
x = "outer"
print([x for x in "abc"], x)
nested = [[y for y in range(x)] for x in range(5)]
print(nested)
print(sorted({(a * b) % 7 for a in range(7) for b in range(7)}))
chess = [f"{file}{rank}" for rank in range(8, 6, -1) for file in "abcdefgh"]
print(chess)
counts = {ch: "mississippi".count(ch) for ch in "mississippi"}
print(counts)
funcs = [lambda v, n=n: v ** n for n in range(4)]
print([f(2) for f in funcs])
try:
    print([undefined_name for _ in range(1)])
except NameError as e:
    print("NameError:", e)
