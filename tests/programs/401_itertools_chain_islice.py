# Flattening and slicing lazily: chain, chain.from_iterable, islice.
from itertools import chain, islice, count

inbox = ["mail1", "mail2"]
spam = ("ad1",)
archive = iter(["old1", "old2", "old3"])
print(list(chain(inbox, spam, archive)))
matrix = [[1, 2, 3], [4, 5], [], [6]]
print(list(chain.from_iterable(matrix)))
print(sum(chain.from_iterable(matrix)))
print(list(chain()), list(chain("ab", "", "c")))

def lines():
    yield "header"
    for i in range(3):
        yield f"row {i}"
    yield "footer"

print(list(islice(lines(), 2)))
print(list(islice(lines(), 1, 4)))
print(list(islice(lines(), 0, None, 2)))
print(list(islice(count(), 5, 20, 5)))
print(list(islice("abcdef", None)), list(islice("abcdef", 2, None)), list(islice("abc", 10)))

it = iter(range(10))
print(list(islice(it, 3)), next(it))

# islice consumes only what it needs
consumed = []
def tracking():
    for i in range(100):
        consumed.append(i)
        yield i
print(list(islice(tracking(), 2, 6, 2)), consumed)

bad_calls = [lambda: islice([1, 2]), lambda: islice([], -1), lambda: islice([], "a"),
             lambda: islice([], -3), lambda: islice([], 1, 2, 0), lambda: islice([], "x", 3),
             lambda: islice([], 2 ** 80), lambda: islice(5, 2), lambda: chain(x=1),
             lambda: list(chain([1], 2)), lambda: chain.from_iterable()]
for f in bad_calls:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
