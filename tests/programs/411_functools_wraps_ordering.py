# Decorators that keep metadata (wraps), total_ordering and cmp_to_key.
import functools

def timed(label):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            result = func(*args, **kwargs)
            print(f"[{label}] {func.__name__}{args} -> {result}")
            return result
        return wrapper
    return deco

@timed("math")
def area(w, h):
    """Area of a rectangle."""
    return w * h

area(3, 4)
print(area.__name__, area.__doc__, area.__wrapped__(2, 2), area.__qualname__)

def plain(): pass
def shell(): pass
functools.update_wrapper(shell, plain)
print(shell.__name__, shell.__wrapped__ is plain)

@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(t) for t in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs))
print(Version("1.0") <= Version("1.0"), Version("2.0") > Version("1.9"), Version("1.0") >= Version("1.1"))

@functools.total_ordering
class Score:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __gt__(self, o): return self.n > o.n
print(Score(1) < Score(2), Score(3) <= Score(2), Score(2) >= Score(2))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)

def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)
words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=functools.cmp_to_key(by_length_then_reverse_alpha)))
K = functools.cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(3) == K(3), K(5) >= K(9))
