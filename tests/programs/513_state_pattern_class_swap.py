# The state pattern by swapping __class__, and the layout rules that limit it.


class Connection:
    def __init__(self):
        self.log = []

    def send(self, msg):
        raise RuntimeError(f"cannot send while {type(self).__name__}")

    def open(self):
        self.log.append("open")
        self.__class__ = OpenConnection

    def close(self):
        self.log.append("close (already closed)")


class OpenConnection(Connection):
    def send(self, msg):
        self.log.append(f"sent {msg!r}")

    def open(self):
        self.log.append("open (already open)")

    def close(self):
        self.log.append("close")
        self.__class__ = Connection


c = Connection()
try:
    c.send("early")
except RuntimeError as e:
    print("RuntimeError:", e)
c.open()
c.send("hello")
c.open()
c.close()
c.close()
print(type(c).__name__, isinstance(c, OpenConnection), c.log)


class Slotted:
    __slots__ = ("x",)


class SameSlots:
    __slots__ = ("x",)


class OtherSlots:
    __slots__ = ("y",)


class Plain:
    pass


s = Slotted()
s.x = 5
s.__class__ = SameSlots
print(type(s).__name__, s.x)
for target in (OtherSlots, Plain, int, 3):
    try:
        s.__class__ = target
    except TypeError as e:
        print("TypeError:", e)
for obj in (1, "text", [1]):
    try:
        obj.__class__ = Plain
    except TypeError as e:
        print("TypeError:", e)
