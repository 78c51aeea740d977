# Wrapping containers with UserDict and UserList.
from collections import UserDict, UserList, UserString


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __missing__(self, key):
        return f"<no {key}>"


d = LowerDict({"A": 1}, B=2)
d["C"] = 3
print(d, d["a"], d["zz"], len(d), "b" in d, sorted(d), d.get("c"), d.data)


class Scores(UserList):
    def mean(self):
        return sum(self) / len(self)


s = Scores([3, 5, 7])
s.append(9)
print(s, s.mean(), s[1:], type(s[1:]).__name__, s + [1], len(s), 5 in s, s == [3, 5, 7, 9])
s.sort(reverse=True)
print(s, s.data, s.pop(), s.index(5))
u = UserString("hello")
print(u, repr(u), u.upper(), len(u), u + "!", "ell" in u)
