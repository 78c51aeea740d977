# types.SimpleNamespace as a config bag; the errors it raises name its type
# the way CPython does.
from types import SimpleNamespace

settings = SimpleNamespace(verbose=True, level=3)
print(settings)
print(type(settings).__name__, type(settings).__module__, type(settings).__hash__ is None)


def attempt(label, fn):
    try:
        result = fn()
    except (TypeError, AttributeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")


attempt("hash", lambda: hash(settings))
attempt("as dict key", lambda: {settings: 1})
attempt("missing attribute", lambda: settings.color)
attempt("class attribute", lambda: SimpleNamespace.color)
attempt("add", lambda: settings + 1)
attempt("len", lambda: len(settings))
attempt("iterate", lambda: list(settings))
attempt("present", lambda: settings.level)


class Options(SimpleNamespace):
    """A subclass names itself."""


opts = Options(debug=False)
print(opts)
attempt("subclass hash", lambda: hash(opts))
attempt("subclass missing", lambda: opts.color)
print(opts == SimpleNamespace(debug=False), isinstance(opts, SimpleNamespace))
