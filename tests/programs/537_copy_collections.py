# Copying collections types keeps their type and extra state.
import copy
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple

dq = deque([[1], [2]], maxlen=4)
dq2 = copy.deepcopy(dq)
dq2[0].append(5)
print(dq, dq2, dq2.maxlen, copy.copy(dq)[0] is dq[0])

groups = defaultdict(list, {"a": [1]})
g2 = copy.deepcopy(groups)
g2["a"].append(2)
g2["b"].append(3)
print(groups, g2, copy.copy(groups).default_factory)

od = OrderedDict([("z", [1]), ("a", [2])])
od2 = copy.deepcopy(od)
od2["z"].append(0)
print(od, od2, type(od2).__name__)

c = Counter("hello")
print(copy.copy(c), copy.deepcopy(c) == c, type(copy.deepcopy(c)).__name__)

Rec = namedtuple("Rec", "id tags")
r = Rec(1, ["x"])
r2 = copy.deepcopy(r)
r2.tags.append("y")
print(r, r2, type(r2).__name__, copy.copy(r) is r)
