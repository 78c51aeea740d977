# Serialising a record that holds a set fails with CPython's TypeError.
import json


class Record:
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags


def to_json(rec):
    try:
        return json.dumps({"name": rec.name, "tags": rec.tags})
    except TypeError as e:
        raise ValueError(f"record {rec.name}: {e}") from None


print(to_json(Record("a", ["x", "y"])))
print(to_json(Record("b", {3, 1, 2})))
