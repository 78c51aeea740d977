# bench-target: 1.5
# A tight integer loop inside a function: local-variable access, small-int
# add/multiply/modulo/compare, and the for-range machinery. 10 million rounds.


def work(n):
    total = 0
    for i in range(n):
        total += i * 3 % 7
        if total > 1000000:
            total -= 999983
    return total


print(work(10000000))
