# A typo in an attribute name on a __slots__ class is caught at assignment.


class Account:
    __slots__ = ("owner", "balance")

    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount
        self.balanse = self.balance  # typo
        return self.balance


acct = Account("ada")
print(acct.owner, acct.balance)
acct.deposit(10)
print("unreachable")
