import sys
import threading
import _thread

def quits():
    print("thread calling sys.exit")
    sys.exit("thread exit message is ignored")

def thread_exit():
    print("thread calling _thread.exit")
    _thread.exit()
    print("not reached")

for f in (quits, thread_exit):
    t = threading.Thread(target=f)
    t.start()
    t.join()
print("main still running")

def kb():
    raise SystemExit(5)
t = threading.Thread(target=kb)
t.start(); t.join()
print("exit status stays 0")
