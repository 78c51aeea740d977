# An exception from __post_init__ escapes through the generated __init__.
from dataclasses import dataclass


@dataclass
class Temperature:
    kelvin: float

    def __post_init__(self):
        if self.kelvin < 0:
            raise ValueError(f"below absolute zero: {self.kelvin}")


print(Temperature(300.0))
Temperature(-1.5)
