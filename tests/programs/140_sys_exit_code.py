# sys.exit(3): exit status 3, no traceback, finally blocks still run.
import sys

def check_files(names):
    missing = [n for n in names if not n.endswith(".py")]
    for n in names:
        print("checking", n)
    return missing

problems = check_files(["a.py", "b.txt", "c.py", "d.md"])
if problems:
    print("problems:", ", ".join(problems))
    try:
        sys.exit(3)
    finally:
        print("cleanup before exit")
print("not reached")
