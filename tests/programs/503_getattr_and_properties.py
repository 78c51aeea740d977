# __getattr__ fallbacks and properties that raise AttributeError.


class Lazy:
    def __init__(self):
        self.loaded = {}

    @property
    def size(self):
        return len(self.loaded)

    @property
    def broken(self):
        # The AttributeError from inside the property sends lookup to __getattr__.
        return self.does_not_exist

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(f"{type(self).__name__!r} has no private {name!r}")
        print(f"  loading {name}")
        value = name.upper()
        self.loaded[name] = value
        setattr(self, name, value)
        return value


z = Lazy()
print(z.alpha, z.alpha, z.size)
print(z.broken)
print(sorted(z.loaded))
print(getattr(z, "_secret", "default"), hasattr(z, "_x"))
try:
    z._hidden
except AttributeError as e:
    print("AttributeError:", e)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)


class Target:
    pass


tg = Target()
px = Proxy(tg)
px.colour = "red"
print(px.colour, tg.colour)
del px.colour
print(hasattr(tg, "colour"))
try:
    px.colour
except AttributeError as e:
    print("AttributeError:", e)
print(px._log)


class Strict:
    __slots__ = ("value",)

    def __getattr__(self, name):
        return f"fallback:{name}"


st = Strict()
print(st.value, st.other)
st.value = 3
print(st.value)
try:
    st.other = 1
except AttributeError as e:
    print("AttributeError:", e)


class Audited:
    def __getattribute__(self, name):
        if name == "password":
            raise AttributeError("password is write-only")
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"<missing {name}>"


au = Audited()
au.password = "hunter2"
au.user = "root"
print(au.user, au.password, au.nothing)
print(type(au).__getattribute__(au, "user"))
