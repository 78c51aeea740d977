# A plugin loader that instantiates classes found in a registry; one plugin
# forgot to implement two methods, and the TypeError is not caught.
from abc import ABC, abstractmethod


class Storage(ABC):
    @abstractmethod
    def get(self, key): ...

    @abstractmethod
    def put(self, key, value): ...

    @abstractmethod
    def delete(self, key): ...


class MemoryStorage(Storage):
    def __init__(self):
        self.data = {}

    def get(self, key):
        return self.data.get(key)

    def put(self, key, value):
        self.data[key] = value

    def delete(self, key):
        self.data.pop(key, None)


class DiskStorage(Storage):
    def delete(self, key):
        pass


PLUGINS = {"memory": MemoryStorage, "disk": DiskStorage}


def load(name):
    cls = PLUGINS[name]
    return cls()


for name in ["memory", "disk"]:
    store = load(name)
    store.put("k", name)
    print(name, store.get("k"))
