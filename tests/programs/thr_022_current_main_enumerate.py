import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon)
print(threading.active_count())
print([t.name for t in threading.enumerate()])
print(main.is_alive(), main.ident == threading.get_ident())

inside = threading.Event()
release = threading.Event()
info = {}

def w():
    me = threading.current_thread()
    info["name"] = me.name
    info["is_main"] = me is threading.main_thread()
    info["ident_match"] = me.ident == threading.get_ident()
    info["in_enum"] = me in threading.enumerate()
    inside.set()
    release.wait()

ts = [threading.Thread(target=w, name="w%d" % i) for i in range(3)]
for t in ts:
    inside.clear()
    t.start()
    inside.wait()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(info)
release.set()
for t in ts: t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.current_thread() is main, threading.active_count())
print(isinstance(threading.get_native_id(), int))
try:
    main.join()
except RuntimeError as e:
    print(type(e).__name__, e)
