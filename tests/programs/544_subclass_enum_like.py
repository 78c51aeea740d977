# Enum-like constants as int and str subclasses.
class Color(str):
    _members = {}

    def __new__(cls, name, hexcode):
        obj = super().__new__(cls, name)
        obj.hexcode = hexcode
        cls._members[name] = obj
        return obj

    def __repr__(self):
        return f"<Color.{str(self).upper()}: {self.hexcode}>"

    @classmethod
    def lookup(cls, name):
        return cls._members[name]


RED = Color("red", "#f00")
GREEN = Color("green", "#0f0")
print(RED, repr(GREEN), RED == "red", Color.lookup("green") is GREEN, sorted(Color._members))
print(f"{RED:>6}|", RED.upper(), RED.hexcode, [RED, GREEN], {RED: 1}["red"])


class Level(int):
    names = {}

    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.label = name
        cls.names[value] = obj
        return obj

    def __repr__(self):
        return self.label


DEBUG, INFO, ERROR = Level(10, "DEBUG"), Level(20, "INFO"), Level(40, "ERROR")
threshold = INFO
for lvl, msg in [(DEBUG, "noise"), (ERROR, "disk full"), (INFO, "started")]:
    if lvl >= threshold:
        print(f"{lvl!r:>6} {int(lvl):3d} {msg}")
print(sorted([ERROR, DEBUG, INFO]), max(DEBUG, ERROR), Level.names[20], INFO + 5, INFO // 3)
print(isinstance(INFO, int), str(ERROR), format(DEBUG, "04d"), hex(ERROR), bin(DEBUG))
