# Warning filters: simplefilter/filterwarnings with every action, message and
# module patterns, line filters, and resetwarnings().
import sys
import warnings


def emit(text, category=UserWarning):
    warnings.warn(text, category, stacklevel=2)


print(warnings.filters[:2])
print(warnings.defaultaction, len(warnings.filters))

warnings.simplefilter("ignore")
emit("hidden")
print(warnings.filters[0])

warnings.simplefilter("always", UserWarning)
for i in range(2):
    emit("always shown")

warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("error", RuntimeWarning)
try:
    emit("now an error", RuntimeWarning)
except RuntimeWarning as exc:
    print("caught", type(exc).__name__, exc)
emit("still a warning")

warnings.resetwarnings()
warnings.filterwarnings("ignore", message="noisy")
warnings.filterwarnings("error", message=r"fatal: \d+")
emit("Noisy chatter")
emit("not noisy here")
try:
    emit("FATAL: 42 things")
except UserWarning as exc:
    print("caught", exc)
emit("fatal: none")
print(len(warnings.filters), warnings.filters[0][0], warnings.filters[0][2])

warnings.resetwarnings()
warnings.filterwarnings("ignore", module="__ma")
emit("ignored by module prefix")
warnings.filterwarnings("always", module="other")
emit("module pattern does not match, still ignored")

warnings.resetwarnings()
warnings.simplefilter("once")
for i in range(3):
    emit("once only")
    emit("once only", RuntimeWarning)

warnings.resetwarnings()
warnings.simplefilter("module")
for i in range(2):
    emit("per module")
emit("per module")

warnings.resetwarnings()
warnings.simplefilter("default")
for i in range(2):
    emit("per location")
emit("per location")

# A filter on one line only.
warnings.resetwarnings()
here = sys._getframe().f_lineno
warnings.filterwarnings("ignore", lineno=here + 2)
emit("on the filtered line")
emit("on the next line")

# Appending puts a filter after the others; duplicates are not added twice.
warnings.resetwarnings()
warnings.simplefilter("ignore", DeprecationWarning)
warnings.simplefilter("error", append=True)
warnings.simplefilter("error", append=True)
warnings.simplefilter("ignore", DeprecationWarning)
print([f[0] for f in warnings.filters], len(warnings.filters))
emit("deprecated but ignored", DeprecationWarning)
try:
    emit("everything else fails")
except UserWarning as exc:
    print("caught", exc)

# Bad arguments.
for bad in (lambda: warnings.simplefilter("loud"),
            lambda: warnings.filterwarnings("ignore", category=int),
            lambda: warnings.simplefilter("ignore", lineno=-1),
            lambda: warnings.warn("x", category="not a class"),
            lambda: warnings.warn("x", category=ValueError)):
    try:
        bad()
    except (AssertionError, TypeError) as exc:
        print(type(exc).__name__, exc)
