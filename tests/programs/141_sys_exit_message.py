# sys.exit("message"): the message goes to stderr and the exit status is 1.
import sys

USAGE = "usage: {prog} [--verbose] FILE [FILE...]"

def parse_args(argv):
    prog, rest = argv[0], argv[1:]
    verbose = "--verbose" in rest
    files = [a for a in rest if not a.startswith("--")]
    if not files:
        sys.exit(USAGE.format(prog=prog))
    return verbose, files

def describe(argv):
    print("program name:", argv[0])
    print("arguments:", argv[1:])
    print("argument count:", len(argv) - 1)

describe(sys.argv)
print("trying a fake command line:", parse_args(["tool", "--verbose", "a.py", "b.py"]))
verbose, files = parse_args(sys.argv)
print("never printed", verbose, files)
