# return/break/continue passing through finally blocks.

def return_in_try():
    try:
        return "from try"
    finally:
        print("  finally runs before return")

def finally_overrides():
    try:
        return "try value"
    finally:
        return "finally value"

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def return_value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("  x changed to", x, "but returned value already computed")

print(return_in_try())
print(finally_overrides())
print(finally_swallows())
print(return_value_captured())

log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(f"body {i}")
    finally:
        log.append(f"finally {i}")
print(log)

def nested_finally():
    order = []
    try:
        try:
            order.append("inner")
            return order
        finally:
            order.append("inner finally")
    finally:
        order.append("outer finally")

print(nested_finally())

def loop_with_finally(items):
    results = []
    for item in items:
        try:
            if item is None:
                continue
            if item < 0:
                break
            results.append(1 / item)
        except ZeroDivisionError:
            results.append("inf")
            continue
        finally:
            results.append("|")
    return results

print(loop_with_finally([1, None, 0, 4, -1, 5]))
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("  iteration", count, "cleaned up")
print("count", count)
def exception_then_finally_return():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except return"
    finally:
        print("  finally still runs")
print(exception_then_finally_return())
