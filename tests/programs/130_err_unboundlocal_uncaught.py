# UnboundLocalError escaping: a local shadows a global that is read first.

count = 0
history = []

def record(event):
    history.append(event)
    return len(history)

def tock():
    global count
    count = count + 1
    return count

def tick():
    count = count + 1
    return count

for event in ["start", "load", "run"]:
    print(event, "->", record(event), tock())
print("count is", count, "history", history)
print("before tick")
tick()
print("never printed")
