import threading

seen = []
def hook(args):
    exc_type, exc_value, exc_tb, thread = args
    seen.append((exc_type.__name__, exc_value.args, thread is not None and thread.name,
                 len(args), type(args).__name__))
    seen.append(args.exc_type is exc_type and args.thread is thread)

threading.excepthook = hook
def fails():
    raise OSError(2, "No such file")
t = threading.Thread(target=fails, name="io-thread")
t.start(); t.join()

class Custom(Exception):
    def __str__(self):
        return "custom!"
def fails2():
    raise Custom("x", 1)
t = threading.Thread(target=fails2, name="second")
t.start(); t.join()
for s in seen:
    print(s)
print(threading.__excepthook__ is not hook)
threading.excepthook = threading.__excepthook__
