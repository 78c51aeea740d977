# Generators and iterators through collections.abc: a tree walked by
# recursive generators (as in pyperformance's benchmark), a hand-written
# Generator subclass with send/throw/close, and Iterator mixins.
from collections.abc import Iterator, Iterable, Generator


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self) -> Iterator[int]:
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(values):
    n = len(values)
    if n == 0:
        return None
    i = n // 2
    return Tree(tree(values[:i]), values[i], tree(values[i + 1:]))


t = tree(range(15))
print(list(t), sum(t), isinstance(t, Iterable), isinstance(t, Iterator))
it = iter(t)
print(isinstance(it, Generator), next(it), next(it), list(it)[-1])


class Accumulator(Generator):
    """Running total: send() adds a number and yields the new total."""

    def __init__(self):
        self.total = 0
        self.closed = False

    def send(self, value):
        if self.closed:
            raise StopIteration
        if value is not None:
            self.total += value
        return self.total

    def throw(self, typ, val=None, tb=None):
        if typ is GeneratorExit or isinstance(val, GeneratorExit):
            self.closed = True
            raise GeneratorExit
        return super().throw(typ, val, tb)


acc = Accumulator()
print(next(acc), acc.send(5), acc.send(7), next(acc))
try:
    acc.throw(ValueError, ValueError("bad input"))
except ValueError as exc:
    print("ValueError:", exc)
acc.close()
print(acc.closed)
try:
    acc.send(1)
except StopIteration:
    print("stopped")
print(isinstance(acc, Iterator), iter(acc) is acc)


class Stubborn(Generator):
    def send(self, value):
        return value

    def throw(self, typ, val=None, tb=None):
        return "ignored"


try:
    Stubborn().close()
except RuntimeError as exc:
    print("RuntimeError:", exc)


class Fib(Iterator):
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


print(list(Fib(100)), iter(Fib(1)).__class__.__name__)
try:
    class Half(Iterator):
        pass
    Half()
except TypeError as exc:
    print(exc)


def pipeline(source):
    for x in source:
        if x % 3 == 0:
            yield x * x


g = pipeline(Fib(1000))
print(type(g).__name__, isinstance(g, Generator), list(g))
print(Generator.__abstractmethods__ == frozenset({"send", "throw"}))
