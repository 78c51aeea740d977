# warnings.warn() under the default filters: each warning is printed once per
# location to stderr as "file:line: Category: message" plus the source line.
import warnings


def parse_port(text):
    if text.startswith("0"):
        warnings.warn("leading zero in port %r" % text)
    return int(text)


def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return x * 2


def legacy_helper():
    # Attributed to this line (stacklevel 1): the helper itself, in __main__.
    warnings.warn("legacy_helper is going away", DeprecationWarning)


class ResourcePool:
    def __init__(self, size):
        if size > 8:
            warnings.warn("pool size %d exceeds the recommended 8" % size,
                          RuntimeWarning, stacklevel=2)
        self.size = size


print([parse_port(p) for p in ["80", "080", "0443", "8080"]])
print([old_api(i) for i in range(3)])
print(old_api(10))
legacy_helper()
legacy_helper()
pools = [ResourcePool(n) for n in (4, 16, 32)]
print([p.size for p in pools])
ResourcePool(9)

# Categories that the default filters hide.
warnings.warn("pending change", PendingDeprecationWarning)
warnings.warn("import trouble", ImportWarning)
warnings.warn("unclosed file", ResourceWarning)
# And those that they show.
for category in (UserWarning, FutureWarning, SyntaxWarning, BytesWarning, UnicodeWarning, EncodingWarning):
    warnings.warn("a %s" % category.__name__, category)

# A Warning instance carries its own category.
warnings.warn(FutureWarning("the default will change"))


class MyLibraryWarning(UserWarning):
    pass


warnings.warn("custom category", MyLibraryWarning)
warnings.warn("too far up the stack", stacklevel=5)
print(sorted(k[0] for k in __warningregistry__ if k != "version")[:4])
print("done")
