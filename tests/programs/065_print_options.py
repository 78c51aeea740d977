# print(): sep, end, file=sys.stderr, flush, and printing of many types.
import sys

print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" -> continued")
print(1, 2.0, None, True, [1], (2,), {3: 4}, "s", b"b", sep=" | ")
print(*range(5))
print(*range(5), sep="\n", end="\n---\n")
print("x", end="")
print("y", end="")
print()
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("multi\nline\ttext")
print("sep none", "uses space", sep=None, end=None)
print("", "", sep="[]")
print(sep="ignored")
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc")
print()
print("write returned", n)

def report(title, rows, out=sys.stdout):
    print("==", title, "==", file=out)
    for key, value in rows:
        print(f"{key:<8}", value, sep=":", file=out)
    print(file=out)

report("stats", [("lines", 120), ("words", 845), ("chars", 5120)])
report("warnings", [("unused", 2)], out=sys.stderr)

for i in range(3):
    print(i, end=", " if i < 2 else "\n")
print("progress:", end=" ")
for pct in range(0, 101, 25):
    print(f"{pct}%", end=" ", flush=True)
print("done")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
print("final line on stderr", file=sys.stderr)
