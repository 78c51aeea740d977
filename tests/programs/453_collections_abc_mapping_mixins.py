# User mappings built on collections.abc: a read-only config view and a
# case-insensitive header dict get their dict-like API from the mixins.
from collections.abc import Mapping, MutableMapping, KeysView, ItemsView, ValuesView
import collections.abc


class FrozenConfig(Mapping):
    """Read-only view of nested settings, addressed as "section.key"."""

    def __init__(self, sections):
        self._flat = {}
        for section, values in sections.items():
            for key, value in values.items():
                self._flat[section + "." + key] = value

    def __getitem__(self, key):
        return self._flat[key]

    def __iter__(self):
        return iter(self._flat)

    def __len__(self):
        return len(self._flat)


cfg = FrozenConfig({"db": {"host": "localhost", "port": 5432}, "log": {"level": "info"}})
print(len(cfg), list(cfg), cfg["db.port"])
print(cfg.get("db.host"), cfg.get("db.user"), cfg.get("db.user", "postgres"))
print("log.level" in cfg, "log.file" in cfg)
print(list(cfg.keys()), list(cfg.values()), list(cfg.items()))
print(isinstance(cfg.keys(), KeysView), isinstance(cfg.items(), ItemsView), isinstance(cfg.values(), ValuesView))
print(cfg.keys() & {"db.port", "x"}, sorted(cfg.keys() | {"extra"}))
print(("db.port", 5432) in cfg.items(), ("db.port", 1) in cfg.items(), "info" in cfg.values())
print(cfg == {"db.host": "localhost", "db.port": 5432, "log.level": "info"}, cfg != {})
print(repr(cfg.keys())[:9], len(cfg.items()))
try:
    cfg["db.host"] = "remote"
except TypeError as exc:
    print("TypeError:", exc)
try:
    reversed(cfg)
except TypeError as exc:
    print("TypeError:", exc)


class HeaderDict(MutableMapping):
    """HTTP headers: keys compare case-insensitively, keep their first spelling."""

    def __init__(self, *args, **kwargs):
        self._store = {}
        self.update(*args, **kwargs)

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return (original for original, _ in self._store.values())

    def __len__(self):
        return len(self._store)

    def __repr__(self):
        return "HeaderDict(%r)" % dict(self.items())


h = HeaderDict({"Content-Type": "text/html"}, Server="weft")
h["content-length"] = "42"
print(h, len(h), h["CONTENT-TYPE"], "server" in h)
print(h.setdefault("Accept", "*/*"), h.setdefault("SERVER", "other"))
print(h.pop("content-length"), h.pop("missing", "default"))
try:
    h.pop("missing")
except KeyError as exc:
    print("KeyError:", exc)
h.update([("X-Trace", "1")], via="proxy")
h.update(HeaderDict(Etag="abc"))
print(h)
print(h.popitem(), len(h))
print(h == {"Content-Type": "text/html", "Server": "weft", "Accept": "*/*",
            "X-Trace": "1", "via": "proxy"})
h.clear()
print(h, len(h))
try:
    h.popitem()
except KeyError as exc:
    print("KeyError", exc.args)

print(isinstance(h, collections.abc.MutableMapping), isinstance(h, dict), issubclass(HeaderDict, Mapping))
print(isinstance(cfg, MutableMapping), isinstance({}, Mapping), isinstance(collections.OrderedDict(), MutableMapping) if hasattr(collections, "OrderedDict") else None)

# A mapping that forgets one abstract method cannot be created.
class Broken(Mapping):
    def __getitem__(self, key):
        raise KeyError(key)

try:
    Broken()
except TypeError as exc:
    print(exc)
