import threading

rl = threading.RLock()
cond = threading.Condition(rl)
state = {"ready": False}
log = []

def waiter():
    with cond:
        with cond:            # re-entered twice
            log.append("waiting at depth %d" % rl._recursion_count())
            cond.wait_for(lambda: state["ready"])
            log.append("woke at depth %d" % rl._recursion_count())
    log.append("released: %s" % (rl._recursion_count() == 0))

t = threading.Thread(target=waiter)
t.start()
while True:
    with cond:
        if log:
            break
with cond:
    # the waiter's wait() released both levels, so we could take the lock
    state["ready"] = True
    cond.notify()
t.join()
print("\n".join(log))
print(repr(cond).startswith("<Condition(<unlocked _thread.RLock"), repr(cond).endswith(", 0)>"))
