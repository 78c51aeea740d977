"""The standard library's thread pool: concurrent.futures.ThreadPoolExecutor.

submit() hands back a Future at once; as_completed() yields futures in the
order they finish; map() keeps the order of its inputs; an exception in a
worker comes back to whoever asks for the result.
"""

import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def fetch(name, delay):
    time.sleep(delay)       # stands for I/O: the GIL is released meanwhile
    if name == "broken":
        raise ConnectionError(f"{name}: connection refused")
    return f"{name} ({delay:.2f} s)"


jobs = {"slow": 0.15, "medium": 0.10, "fast": 0.05, "broken": 0.08}

with ThreadPoolExecutor(max_workers=4) as pool:
    futures = {pool.submit(fetch, name, delay): name for name, delay in jobs.items()}
    print("submitted:", ", ".join(futures.values()))
    for future in as_completed(futures):
        try:
            print("finished:", future.result())
        except ConnectionError as e:
            print("failed:  ", e)

    start = time.perf_counter()
    squares = list(pool.map(lambda n: (time.sleep(0.05), n * n)[1], range(8)))
    elapsed = time.perf_counter() - start
    print("map kept the input order:", squares)
    print(f"8 calls of 0.05 s on 4 workers took {elapsed:.2f} s (about 2 rounds, not 8)")
