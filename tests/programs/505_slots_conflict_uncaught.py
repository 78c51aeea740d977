# A class variable with the same name as a slot is rejected when the class is made.


class Settings:
    __slots__ = ("debug", "level")

    def __init__(self):
        self.debug = False
        self.level = 1


print(Settings().level)


class Defaults:
    __slots__ = ("timeout", "retries")
    timeout = 30
    retries = 3


print("unreachable")
