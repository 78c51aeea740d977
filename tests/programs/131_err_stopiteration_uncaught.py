# next() on an exhausted iterator without a default raises StopIteration.

tasks = iter(["compile", "link"])
steps = iter(range(3))

def run(task):
    print("running", task)
    return task.upper()

print(run(next(tasks)))
print(next(steps), next(steps), next(steps), next(steps, "no more steps"))
print(run(next(tasks)))
print("queue empty:", next(tasks, None) is None)
print(run(next(tasks)))
