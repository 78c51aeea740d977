# Layered configuration lookups with ChainMap.
from collections import ChainMap

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
config = ChainMap(cli, env, defaults)
print(config["color"], config["user"], config["debug"], len(config), sorted(config))
print(config.get("missing", "n/a"), "user" in config, "nope" in config)
config["color"] = "blue"
print(cli, defaults["color"], config["color"])
child = config.new_child({"user": "temp"})
print(child["user"], child.parents["user"], len(child.maps))
del child["user"]
print(child["user"])
try:
    del child["user"]
except KeyError as e:
    print("KeyError:", e)
print(config)
print(dict(config) == {"color": "blue", "user": "admin", "debug": True})
print(sorted(config.items()), sorted(config.values(), key=str))
try:
    ChainMap({})["x"]
except KeyError as e:
    print("KeyError:", e)


def lookup(name, scopes):
    return ChainMap(*scopes).get(name, f"<undefined {name}>")


scopes = [{"x": 1}, {"x": 2, "y": 3}, {"z": 4}]
print([lookup(n, scopes) for n in "xyzw"])
