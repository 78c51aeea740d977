# Copying user objects: __dict__, __copy__/__deepcopy__, __reduce__, slots.
import copy


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        return f"Node({self.value}, {self.children})"


tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].value = 40
print(tree)
print(t2)
t3 = copy.copy(tree)
print(t3.children is tree.children, t3 is tree, type(t3).__name__)


class Account:
    instances = 0

    def __init__(self, owner, balance):
        Account.instances += 1
        self.owner = owner
        self.balance = balance
        self.history = []

    def __copy__(self):
        clone = Account(self.owner, self.balance)
        clone.history = self.history
        return clone

    def __deepcopy__(self, memo):
        clone = Account(copy.deepcopy(self.owner, memo), self.balance)
        clone.history = copy.deepcopy(self.history, memo)
        clone.history.append("cloned")
        return clone


acct = Account("ann", 10)
acct.history.append("open")
a2, a3 = copy.copy(acct), copy.deepcopy(acct)
print(a2.history is acct.history, a3.history, acct.history, Account.instances)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce__(self):
        return (Point, (self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


print(copy.copy(Point(1, 2)), copy.deepcopy([Point(3, [4])]))


class Settings:
    def __init__(self):
        self.values = {"a": 1}
        self.loaded = True

    def __getstate__(self):
        state = dict(self.__dict__)
        state["loaded"] = False
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


s = copy.deepcopy(Settings())
print(s.values, s.loaded, s.restored)


class Pixel:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b


px = copy.deepcopy(Pixel(1, [2], 3))
print(px.r, px.g, px.b)


class Tagged(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


tg = Tagged([[1], [2]], "t")
tc = copy.deepcopy(tg)
tc[0].append(9)
print(tg, tc, type(tc).__name__, tc.tag, copy.copy(tg)[0] is tg[0])


class Env(dict):
    pass


env = Env(PATH=["/bin"])
env.note = "n"
ec = copy.deepcopy(env)
print(ec, type(ec).__name__, ec.note, ec["PATH"] is env["PATH"])


def gen():
    yield 1


for thing in (gen(),):
    try:
        copy.deepcopy(thing)
    except TypeError as e:
        print("TypeError:", e)
