# Shallow vs deep copies of a nested configuration.
import copy

base = {
    "service": "api",
    "replicas": 2,
    "ports": [80, 443],
    "env": {"LOG_LEVEL": "info", "FEATURES": ["a", "b"]},
    "limits": ({"cpu": 1}, {"mem": "512Mi"}),
}

shallow = copy.copy(base)
deep = copy.deepcopy(base)
shallow["replicas"] = 3
shallow["ports"].append(8080)
deep["env"]["FEATURES"].append("c")
deep["limits"][0]["cpu"] = 4
print(base)
print(shallow["ports"] is base["ports"], deep["ports"] is base["ports"])
print(deep["env"], base["env"])
print(deep["limits"], base["limits"], deep["limits"] is base["limits"])

# shared references stay shared inside the copy
shared = [1, 2]
doc = {"a": shared, "b": shared, "c": (shared, "x")}
d2 = copy.deepcopy(doc)
print(d2["a"] is d2["b"], d2["c"][0] is d2["a"], d2["a"] is shared)

# recursive structures
loop = {"name": "loop"}
loop["self"] = loop
lc = copy.deepcopy(loop)
print(lc["self"] is lc, lc is not loop, lc["name"])
nested = [1, [2, [3]]]
nested[1][1].append(nested)
nc = copy.deepcopy(nested)
print(nc[1][1][1] is nc, nc[1] is not nested[1])

# memo can be passed in and reused
memo = {}
x = [1]
y1 = copy.deepcopy([x, x], memo)
y2 = copy.deepcopy(x, memo)
print(y1[0] is y1[1], y2 is y1[0], id(x) in memo)

# immutable values come back as themselves
t = (1, "two", 3.0, None, True, frozenset({1}))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy("s") == "s", copy.copy(42))
print(copy.copy([1, [2]]) == [1, [2]], copy.copy({1, 2}), copy.deepcopy({"k": {1, 2}}))
print(copy.copy(len) is len, copy.deepcopy(print) is print, copy.copy(int) is int)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
