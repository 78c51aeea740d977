# An uncaught FrozenInstanceError: the traceback goes through the generated
# __setattr__, whose source CPython names "<string>".
from dataclasses import dataclass


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"


m = Money(5)
print(m)
m.amount = 7
print("not reached")
