import threading

def remind(what):
    print("reminder:", what)
    raise LookupError("no such calendar: " + what)

t = threading.Timer(0.01, remind, args=["standup"])
t.start()
t.join()
print("after timer")
