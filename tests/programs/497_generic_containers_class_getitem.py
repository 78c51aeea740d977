# Generic-looking classes with __class_getitem__ and __init_subclass__.


class TypedList:
    item_type = object

    def __class_getitem__(cls, item):
        name = getattr(item, "__name__", repr(item))
        return type(f"{cls.__name__}[{name}]", (cls,), {"item_type": item})

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        print("specialised:", cls.__name__)

    def __init__(self, items=()):
        self.items = []
        for it in items:
            self.append(it)

    def append(self, item):
        if not isinstance(item, self.item_type):
            raise TypeError(
                f"{type(self).__name__} accepts {self.item_type.__name__}, not {type(item).__name__}"
            )
        self.items.append(item)

    def __repr__(self):
        return f"{type(self).__name__}({self.items})"


Ints = TypedList[int]
print(Ints, Ints.item_type, issubclass(Ints, TypedList))
nums = Ints([1, 2, 3])
nums.append(4)
print(nums)
try:
    nums.append("five")
except TypeError as e:
    print("TypeError:", e)
print(TypedList[str](["a"]), TypedList([1, "x"]))


class Registry:
    def __class_getitem__(cls, key):
        return f"{cls.__name__} lookup {key!r}"


class Sub(Registry):
    pass


print(Registry["a"], Sub[1, 2], Sub[int])
print(list[int], dict[str, int], tuple[int, ...])
try:
    object()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    int["x"]
except TypeError as e:
    print("TypeError:", e)


class Plugin:
    names = []

    def __init_subclass__(cls, *, name, priority=0, **rest):
        super().__init_subclass__(**rest)
        Plugin.names.append((priority, name, cls.__qualname__))


class Loud(Plugin, name="loud", priority=5):
    pass


class Quiet(Plugin, name="quiet"):
    class Nested(Plugin, name="nested", priority=9):
        pass


print(sorted(Plugin.names, reverse=True))
try:
    class Missing(Plugin):
        pass
except TypeError as e:
    print("TypeError:", e)
