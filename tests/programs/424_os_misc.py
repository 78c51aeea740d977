# Process and system information from os.
import os

pid = os.getpid()
print(type(pid).__name__, pid > 0, os.getppid() > 0)
print(os.name, repr(os.linesep), os.sep)
n = os.cpu_count()
print(type(n).__name__, n >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError:", e)
print(os.strerror(2), "|", os.strerror(13), "|", os.strerror(17))
print(os.fspath("some/path"), os.fspath(b"bytes"))


class PathLike:
    def __fspath__(self):
        return "from/fspath"


print(os.fspath(PathLike()), os.path.join(PathLike(), "x"))
try:
    os.fspath(42)
except TypeError as e:
    print("TypeError:", e)
print(os.access(".", os.F_OK), os.access("no_such_424", os.F_OK), os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(callable(os.getcwd), os.path.isabs(os.getcwd()))
