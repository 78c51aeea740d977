# Subclassing random.Random: a custom core generator and extra methods.
import random


class Constant(random.Random):
    """A 'generator' whose random() is fixed: randrange goes through random()."""

    def __init__(self, value):
        self.value = value
        super().__init__(0)

    def random(self):
        return self.value


c = Constant(0.999)
print(c.randrange(10), c.randint(1, 6), c.choice("abcde"), c.uniform(0, 100))
print(Constant._randbelow.__name__)


class Dice(random.Random):
    def roll(self, sides=6, count=1):
        return [self.randint(1, sides) for _ in range(count)]


d = Dice(11)
print(d.roll(), d.roll(20, 3), d.roll(6, 5))
print(isinstance(d, random.Random), type(d).__name__, Dice._randbelow.__name__)
e = Dice(11)
print(e.roll(), d.getstate() != e.getstate())
e.setstate(d.getstate())
print(e.roll(8, 4) == d.roll(8, 4))


class Counting(random.Random):
    calls = 0

    def getrandbits(self, k):
        Counting.calls += 1
        return super().getrandbits(k)


cr = Counting(3)
values = [cr.randrange(1000) for _ in range(20)]
print(values, Counting.calls)
