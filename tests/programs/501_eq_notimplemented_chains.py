# Rich comparisons that defer to each other through NotImplemented.


class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

    def __eq__(self, other):
        print(f"  Money.__eq__({self!r}, {other!r})")
        if isinstance(other, Money):
            return (self.cents, self.currency) == (other.cents, other.currency)
        if isinstance(other, int):
            return self.cents == other
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Money) and other.currency == self.currency:
            return self.cents < other.cents
        return NotImplemented

    __hash__ = None


class Wildcard:
    def __eq__(self, other):
        print("  Wildcard.__eq__")
        return True

    def __repr__(self):
        return "*"


class Stubborn:
    def __eq__(self, other):
        print("  Stubborn.__eq__")
        return NotImplemented

    def __repr__(self):
        return "Stubborn()"


class Euro(Money):
    def __eq__(self, other):
        print("  Euro.__eq__ first (subclass wins)")
        return super().__eq__(other)


a, b = Money(100), Money(100)
print("a == b:", a == b)
print("a == 100:", a == 100)
print("100 == a:", 100 == a)
print("a == 'x':", a == "x")
print("a != 'x':", a != "x")
print("a == *:", a == Wildcard())
print("* == a:", Wildcard() == a)
s = Stubborn()
print("s == s:", s == s)
print("s == Stubborn():", s == Stubborn())
print("a == Euro(100):", a == Euro(100))
print("a < Money(200):", a < Money(200))
print("Money(200) > a:", Money(200) > a)
print("in list:", Money(5) in [Money(1), Money(5)])
print("list.index:", [Money(1), Money(5)].index(Money(5)))
print("count:", [Money(5), 5, Money(5, "USD")].count(Money(5)))

for expr in (lambda: a < Money(1, "USD"), lambda: a <= a, lambda: a > 3, lambda: hash(a)):
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)
print(sorted([Money(3), Money(1), Money(2)]))
