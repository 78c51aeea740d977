# An exception raised in a worker and re-raised by result() (through map)
# prints a traceback that runs through concurrent.futures into the worker.
from concurrent.futures import ThreadPoolExecutor


def parse(text):
    return int(text)


with ThreadPoolExecutor(max_workers=2) as pool:
    for value in pool.map(parse, ["1", "22", "x3"]):
        print("parsed", value)
