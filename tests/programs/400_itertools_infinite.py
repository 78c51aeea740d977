# Infinite iterators: count, cycle, repeat, bounded with islice and zip.
from itertools import count, cycle, repeat, islice

ids = count(1000)
tickets = [f"T{next(ids)}" for _ in range(4)]
print(tickets)
print(repr(ids), repr(count()), repr(count(2.5, 0.5)), repr(count(10, -2)))

c = count(0.1, 0.1)
print([round(next(c), 2) for _ in range(5)])
print(list(islice(count(start=5, step=3), 4)))

players = cycle(["alice", "bob", "carol"])
turns = [next(players) for _ in range(7)]
print(turns)

print(list(zip(range(5), cycle("xy"))))
print(list(cycle([])))

print(list(repeat("ha", 3)), repr(repeat("ha", 3)), repr(repeat(None)))
r = repeat(7, 2)
print(next(r), repr(r), next(r), repr(r))
print(list(repeat(1, -4)), list(map(pow, range(5), repeat(2))))
print(repeat("x", times=2).__length_hint__())

for bad in ["count('a')", "count(1, 'b')", "repeat()", "repeat(1, 'x')", "cycle()", "cycle(5)",
            "count(1, 2, 3)", "repeat(1).__length_hint__()"]:
    try:
        eval(bad)
    except TypeError as e:
        print(f"{bad}: {e}")
