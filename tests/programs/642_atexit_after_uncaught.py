# After an uncaught exception the traceback is printed first, then the
# atexit callbacks run; the exit status is still 1.
import atexit


def cleanup(what):
    print("cleaning up", what)


atexit.register(cleanup, "files")
atexit.register(cleanup, "sockets")


def load(config):
    return config["path"]


print("starting")
load({})
