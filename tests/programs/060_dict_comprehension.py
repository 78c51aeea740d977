# Dict comprehensions and derived structures.

squares = {n: n * n for n in range(1, 8)}
print(squares)
evens = {k: v for k, v in squares.items() if v % 2 == 0}
print(evens)
inverted = {v: k for k, v in squares.items()}
print(inverted[49], inverted.get(50, "none"))
words = "the quick brown fox jumps over the lazy dog the end".split()
lengths = {w: len(w) for w in words}
print(lengths)
first_index = {}
for i, w in enumerate(words):
    first_index.setdefault(w, i)
print(first_index)
last_index = {w: i for i, w in enumerate(words)}
print(last_index)
by_len = {n: sorted({w for w in words if len(w) == n}) for n in sorted(set(lengths.values()))}
print(by_len)
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3) if r != c}
print(grid)
nested = {k: {i: i ** k for i in range(1, 4)} for k in range(1, 4)}
print(nested)
letters = {ch: ord(ch) for ch in "hello world" if ch.isalpha()}
print(letters)
table = [("alice", "math", 90), ("bob", "math", 70), ("alice", "art", 85), ("bob", "art", 95)]
by_student = {name: {subj: score for n, subj, score in table if n == name} for name, _, _ in table}
print(by_student)
averages = {name: sum(s.values()) / len(s) for name, s in by_student.items()}
print(averages, max(averages, key=averages.get))
x = 10
print({x: x for x in range(3)}, x)
