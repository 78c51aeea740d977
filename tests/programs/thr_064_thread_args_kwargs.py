import threading

out = []
def describe(name, *extras, sep="-", **opts):
    out.append(sep.join([name, *map(str, extras)]) + (" " + repr(sorted(opts.items())) if opts else ""))

specs = [
    dict(args=("a",)),
    dict(args=["b", 1, 2]),
    dict(args=("c",), kwargs={"sep": "+"}),
    dict(kwargs={"name": "d", "color": "red"}),
    dict(args=("e", 3), kwargs={"sep": ":", "x": 1, "y": 2}),
]
ts = [threading.Thread(target=describe, **s) for s in specs]
for t in ts: t.start()
for t in ts: t.join()
for line in sorted(out):
    print(line)
t = threading.Thread(target=describe, args=("f",), kwargs=None)
t.start(); t.join()
print(out[-1])
def bad_call():
    pass
t = threading.Thread(target=bad_call, args=(1,))
threading.excepthook = lambda a: print("hook:", a.exc_type.__name__, a.exc_value)
t.start(); t.join()
