# An exception in an atexit callback is reported on stderr ("Exception
# ignored in atexit callback") and the other callbacks still run; the exit
# status stays what the program set. Explicit _run_exitfuncs() does the same
# and clears the list.
import atexit
import sys


class Step:
    def __init__(self, name, error=None):
        self.name = name
        self.error = error

    def __call__(self):
        print("step", self.name)
        if self.error is not None:
            raise self.error

    def __repr__(self):
        return "<Step %s>" % self.name


def nested_failure():
    helper = {"a": 1}
    return helper["b"]


class Nested:
    def __call__(self, *args):
        print("nested called with", args)
        return nested_failure()

    def __repr__(self):
        return "<Nested>"


atexit.register(Step("probe", ValueError("during a manual run")))
atexit.register(Step("probe-ok"))
atexit._run_exitfuncs()
sys.stdout.flush()
print("after manual run:", atexit._ncallbacks())

atexit.register(Step("one"))
atexit.register(Step("two", RuntimeError("two failed")))
atexit.register(Step("three", SystemExit(9)))
atexit.register(Step("five"))
atexit._clear()
print("after _clear:", atexit._ncallbacks())
atexit.register(Step("one"))
atexit.register(Step("two", RuntimeError("two failed")))
atexit.register(Step("three", SystemExit(9)))
atexit.register(Nested(), "x", 2)
atexit.register(Step("four"))
print("registered again")
sys.exit(2)
