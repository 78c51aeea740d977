# The sys module: argv, maxsize, recursion limit, stdout/stderr writes.
import sys

print(sys.argv, len(sys.argv), sys.argv[0].endswith(".py"))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
n = sys.stdout.write("written with sys.stdout.write\n")
print("characters written:", n)
sys.stdout.write("no newline, ")
sys.stdout.write("then one\n")
sys.stderr.write("this goes to stderr\n")
print("stdout again", file=sys.stdout)
print(type(sys.argv).__name__, type(sys.maxsize).__name__)
print(sys.version_info[0], sys.version_info >= (3, 8), sys.version_info[:2] == (3, 11))

def log(level, *parts):
    stream = sys.stderr if level == "error" else sys.stdout
    print(f"[{level}]", *parts, file=stream)

log("info", "starting", 3, "jobs")
log("error", "job 2 failed")
log("info", "finished")
lines = ["alpha\n", "beta\n", "gamma\n"]
for line in lines:
    sys.stdout.write(line.upper())
sys.stdout.flush()
print(sys.maxsize // 2 ** 32, hash(sys.maxsize) == sys.maxsize % (2 ** 61 - 1))
sys.stderr.write("last stderr line\n")
