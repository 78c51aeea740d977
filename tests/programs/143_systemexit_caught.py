# SystemExit can be caught and inspected; a later sys.exit() with no argument exits 0.
import sys

for arg in [None, 0, 2, "text", (1, 2)]:
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print("caught SystemExit:", repr(e.code), e.args, isinstance(e, Exception), isinstance(e, BaseException))

try:
    raise SystemExit
except SystemExit as e:
    print("bare raise:", e.code)

def guarded():
    try:
        sys.exit(5)
    except BaseException as e:
        return type(e).__name__ + " " + str(e.code)

print(guarded())
print("about to exit", file=sys.stderr)
sys.exit()
print("not printed")
