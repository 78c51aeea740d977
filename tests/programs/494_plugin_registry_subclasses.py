# A plugin registry built on __init_subclass__ keyword arguments and
# type.__subclasses__().


class Exporter:
    registry = {}

    def __init_subclass__(cls, /, fmt=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if fmt is not None:
            Exporter.registry[fmt] = cls
        cls.fmt = fmt

    def export(self, rows):
        raise NotImplementedError


class CSVExporter(Exporter, fmt="csv"):
    def export(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)


class TSVExporter(CSVExporter, fmt="tsv"):
    def export(self, rows):
        return super().export(rows).replace(",", "\t")


class JSONishExporter(Exporter, fmt="json"):
    def export(self, rows):
        return "[" + ", ".join(str(list(r)) for r in rows) + "]"


class Abstractish(Exporter):
    pass


rows = [(1, "a"), (2, "b")]
for fmt in sorted(Exporter.registry):
    print(fmt, "->", repr(Exporter.registry[fmt]().export(rows)))

print([c.__name__ for c in Exporter.__subclasses__()])
print([c.__name__ for c in CSVExporter.__subclasses__()])
print(TSVExporter.__subclasses__(), Abstractish.fmt)


def all_subclasses(cls):
    out = []
    for sub in cls.__subclasses__():
        out.append(sub.__name__)
        out.extend(all_subclasses(sub))
    return out


print(all_subclasses(Exporter))

# Classes made with type() register too.
Dynamic = type("Dynamic", (Exporter,), {"export": lambda self, rows: len(rows)})
print(Exporter.__subclasses__()[-1] is Dynamic, Dynamic().export(rows), Dynamic.fmt)

try:
    class Broken(Exporter, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    Exporter.__subclasses__(1)
except TypeError as e:
    print("TypeError:", e)
