# Overridden dunders take precedence; inherited ones act on the value.
class LoudList(list):
    def __len__(self):
        return 100

    def __getitem__(self, i):
        return f"item {i}: {super().__getitem__(i)}"

    def __iter__(self):
        yield from ("<", *super().__iter__(), ">")

    def __contains__(self, x):
        return x == "anything"

    def __bool__(self):
        return False


ll = LoudList([1, 2])
print(len(ll), ll[0], list(ll), "anything" in ll, 1 in ll, bool(ll), list.__len__(ll))
print(list.__getitem__(ll, 1), [x for x in list.__iter__(ll)], ll.__class__.__name__)


class Quiet(dict):
    def __eq__(self, other):
        return True

    __hash__ = None


q = Quiet(a=1)
print(q == {}, q != {}, {} == q, q == 5)


class Countdown(int):
    def __iter__(self):
        return iter(range(int(self), 0, -1))

    def __len__(self):
        return int(self)


c = Countdown(3)
print(list(c), len(c), bool(Countdown(0)), c + 1, sorted(c))


class WithAttrs(list):
    pass


w = WithAttrs([3, 1, 2])
w.label = "scores"
w.sort()
print(w, w.label, vars(w), getattr(w, "label"), w.__dict__)
print(type(w) is WithAttrs, isinstance(w, list), issubclass(WithAttrs, list), WithAttrs.__mro__)
print(WithAttrs.__bases__, WithAttrs.__name__, list in type(w).__mro__)
