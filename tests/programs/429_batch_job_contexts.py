# A batch job runner: nested resources with ExitStack and @contextmanager,
# retries with suppress, results grouped and ranked.
from contextlib import contextmanager, ExitStack, suppress
from itertools import groupby, count
from operator import itemgetter, attrgetter
from functools import partial, total_ordering
import heapq

log = []
ticket = count(1)

@contextmanager
def resource(kind, name):
    log.append(f"+{kind}:{name}")
    try:
        yield f"{kind}:{name}"
    except ArithmeticError as e:
        log.append(f"!{kind}:{name} {type(e).__name__}")
        raise
    finally:
        log.append(f"-{kind}:{name}")

@total_ordering
class Result:
    def __init__(self, job, status, score):
        self.id = next(ticket)
        self.job, self.status, self.score = job, status, score
    def __eq__(self, other):
        return (self.score, self.id) == (other.score, other.id)
    def __lt__(self, other):
        return (self.score, self.id) < (other.score, other.id)
    def __repr__(self):
        return f"{self.job}#{self.id}({self.status},{self.score})"

def run(job, inputs, needs):
    with ExitStack() as stack:
        handles = [stack.enter_context(resource(kind, job)) for kind in needs]
        total = sum(100 // x for x in inputs)
        return Result(job, "ok", total + len(handles))

results = []
jobs = [("alpha", [1, 2, 5], ["db"]), ("beta", [4, 0], ["db", "cache"]),
        ("gamma", [10, 20], ["cache"]), ("delta", [3], []), ("eps", [0], ["db"])]
for job, inputs, needs in jobs:
    try:
        results.append(run(job, inputs, needs))
    except ZeroDivisionError:
        results.append(Result(job, "failed", 0))

print("\n".join(log))
print(sorted(results))
print(heapq.nlargest(2, results), max(results).job)
by_status = sorted(results, key=attrgetter("status"))
for status, group in groupby(by_status, key=attrgetter("status")):
    print(status, [r.job for r in group])

retries = {"n": 0}
def flaky():
    retries["n"] += 1
    if retries["n"] < 3:
        raise ConnectionError(f"attempt {retries['n']}")
    return "connected"
for attempt in range(5):
    with suppress(ConnectionError):
        print(flaky(), "after", attempt + 1, "attempts")
        break

scores = [("x", 3), ("y", 1), ("z", 2)]
pick = partial(sorted, key=itemgetter(1))
print(pick(scores), pick(scores, reverse=True)[0])
