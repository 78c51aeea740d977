# Swapping an object's __dict__: a tiny "state snapshot" helper.


class Config:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def describe(self):
        return ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))


cfg = Config(host="localhost", port=8080)
print(cfg.describe())

saved = cfg.__dict__
cfg.__dict__ = {"host": "example.org", "debug": True}
print(cfg.host, cfg.debug, hasattr(cfg, "port"))
print(cfg.describe())

# the new dict is shared, not copied
shared = {"name": "shared"}
cfg.__dict__ = shared
shared["extra"] = 1
cfg.more = 2
print(cfg.extra, cfg.__dict__ is shared, shared)

# back to the saved state
cfg.__dict__ = saved
print(cfg.describe())

for bad in (5, [("a", 1)], None, "x"):
    try:
        cfg.__dict__ = bad
    except TypeError as e:
        print("TypeError:", e)

del cfg.__dict__
print(cfg.__dict__, hasattr(cfg, "host"))
cfg.host = "again"
print(cfg.describe())

setattr(cfg, "__dict__", {"via": "setattr"})
print(vars(cfg))


class Slotted:
    __slots__ = ("a",)


try:
    Slotted().__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)


# two objects sharing one namespace
class Borg:
    _shared = {}

    def __init__(self):
        self.__dict__ = Borg._shared


b1, b2 = Borg(), Borg()
b1.state = "on"
print(b2.state)
b2.state = "off"
print(b1.state, b1.__dict__ is b2.__dict__)
