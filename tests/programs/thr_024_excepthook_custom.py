import threading
import sys

captured = []

def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                     args.exc_traceback is not None))

old = threading.excepthook
threading.excepthook = hook

def fail(msg):
    raise RuntimeError(msg)

ts = [threading.Thread(target=fail, args=("fail %d" % i,), name="t%d" % i) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
for c in sorted(captured):
    print(c)

def exits():
    sys.exit(3)
threading.excepthook = old
t = threading.Thread(target=exits)
t.start(); t.join()
print("SystemExit in thread is silent")
print(threading.excepthook is threading.__excepthook__)

# hook that itself fails
def bad_hook(args):
    raise TypeError("hook broke")
threading.excepthook = bad_hook
t = threading.Thread(target=fail, args=("inner",), name="hooky")
t.start(); t.join()
threading.excepthook = old
print("end")
