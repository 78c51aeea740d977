# An uncaught TypeError from calling a generated __init__ wrongly.
from dataclasses import dataclass, field


@dataclass
class Order:
    item: str
    quantity: int
    notes: list = field(default_factory=list)


print(Order("tea", 2))
Order("coffee")
