# Integers with meaning: money in cents and bit flags.
class Cents(int):
    def __new__(cls, amount):
        if isinstance(amount, str):
            dollars, _, cents = amount.partition(".")
            amount = int(dollars) * 100 + int((cents + "00")[:2])
        return super().__new__(cls, amount)

    def __repr__(self):
        return f"Cents({int(self)})"

    def __str__(self):
        return f"${self // 100}.{self % 100:02d}"

    def __add__(self, other):
        return Cents(int(self) + int(other))

    __radd__ = __add__


price = Cents("12.5")
tax = Cents(99)
print(price, repr(price), tax, price + tax, repr(price + tax), 5 + tax)
print(price * 2, type(price * 2).__name__, price // 3, -price, abs(Cents(-7)))
print(price == 1250, price > tax, hash(price) == hash(1250), int(price), float(tax))
print(sum([Cents(1), Cents(2), Cents(3)]), type(sum([Cents(1), Cents(2)])).__name__)
print(f"{price:>10}", f"{tax:08d}", "{:,}".format(Cents(123456)), f"{price!r}")
print(sorted([Cents(300), Cents(100), Cents(200)]), {Cents(5): "five"}[5])
print(bool(Cents(0)), bool(Cents(1)), isinstance(price, int), [1, 2, 3][Cents(1)])
print(list(range(Cents(3))), divmod(price, 7), pow(Cents(2), 10), round(Cents(5)))


class Flags(int):
    NAMES = ["READ", "WRITE", "EXEC"]

    def __repr__(self):
        names = [n for i, n in enumerate(self.NAMES) if self & (1 << i)]
        return "|".join(names) or "NONE"

    def __or__(self, other):
        return Flags(int(self) | int(other))


READ, WRITE, EXEC = Flags(1), Flags(2), Flags(4)
perm = READ | WRITE
print(perm, repr(perm | EXEC), Flags(0), perm & 2, type(perm & 2).__name__)
print(perm.bit_length(), perm.to_bytes(2, "big"), Flags.from_bytes(b"\x05", "big"), type(Flags.from_bytes(b"\x05", "big")).__name__)
