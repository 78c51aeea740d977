# A stack and a sorted list built on list.
class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        if not self:
            raise IndexError("peek at empty stack")
        return self[-1]

    @property
    def size(self):
        return len(self)


s = Stack()
for word in "to be or not to be".split():
    s.push(word)
print(s, s.size, s.peek(), bool(s), bool(Stack()))
print(s.pop(), s.pop(), s, s.count("to"), s.index("or"))
s += ["again"]
print(s, type(s).__name__)
s *= 2
print(len(s), type(s).__name__)
print(s + ["x"], type(s + ["x"]).__name__, s[1:3], type(s[1:3]).__name__)
print(sorted(Stack([3, 1, 2])), list(reversed(Stack([1, 2, 3]))), Stack("abc"))
try:
    Stack().peek()
except IndexError as e:
    print("IndexError:", e)


class SortedList(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))

    def add(self, item):
        lo, hi = 0, len(self)
        while lo < hi:
            mid = (lo + hi) // 2
            if self[mid] < item:
                lo = mid + 1
            else:
                hi = mid
        self.insert(lo, item)

    def __repr__(self):
        return f"SortedList({list.__repr__(self)})"


sl = SortedList([5, 1, 4])
for x in [3, 0, 9, 4]:
    sl.add(x)
print(sl, len(sl), 4 in sl, sl[0], sl[-1], max(sl), sum(sl))
print(str(sl), [sl], sl == [0, 1, 3, 4, 4, 5, 9], sl != [], isinstance(sl, list))
sl[0] = -1
del sl[1]
sl.extend([10, 11])
print(sl)
for i, v in enumerate(sl):
    if i > 2:
        break
    print(i, v)
