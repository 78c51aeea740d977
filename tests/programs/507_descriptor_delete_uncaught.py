# A data descriptor without __delete__ makes `del obj.attr` fail.


class ReadOnly:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, owner=None):
        return self.value

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class Config:
    version = ReadOnly("1.0")


c = Config()
print(c.version)
try:
    c.version = "2.0"
except AttributeError as e:
    print("AttributeError:", e)
del c.version
