# N-queens by backtracking, counting solutions and printing the first board.

def solve(n):
    solutions = []
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.remove(c)
            diag1.remove(row - c)
            diag2.remove(row + c)
    place(0)
    return solutions

def board(sol):
    n = len(sol)
    return "\n".join(" ".join("Q" if sol[r] == c else "." for c in range(n)) for r in range(n))

for n in range(1, 9):
    sols = solve(n)
    print(f"{n}-queens: {len(sols)} solutions", sols[0] if sols else "")

eight = solve(8)
print(board(eight[0]))
print()
print(board(eight[-1]))

def canonical(sol):
    n = len(sol)
    variants = []
    cur = sol
    for _ in range(4):
        cur = [cur.index(n - 1 - r) for r in range(n)]
        variants.append(tuple(cur))
        variants.append(tuple(reversed(cur)))
    return min(variants)

unique = {canonical(s) for s in eight}
print("distinct up to symmetry:", len(unique))
print(sorted(unique)[:3])
