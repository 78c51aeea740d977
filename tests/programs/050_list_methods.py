# Every list method in a small to-do list manager.

todo = ["write parser", "write lexer"]
todo.append("write tests")
todo.insert(0, "design grammar")
todo.insert(100, "ship it")
todo.insert(-1, "write docs")
todo.insert(-100, "coffee")
print(todo, len(todo))
todo.extend(["review", "refactor"])
todo.extend(("celebrate",))
todo.extend(x for x in ["a", "b"] if x == "b")
print(todo)
todo.remove("b")
print(todo.index("write tests"), todo.index("review", 5), todo.count("coffee"), todo.count("nothing"))
last = todo.pop()
first = todo.pop(0)
middle = todo.pop(len(todo) // 2)
print(last, "|", first, "|", middle, "|", todo)
snapshot = todo.copy()
todo.reverse()
print(todo)
print(snapshot)
todo.sort()
print(todo)
todo.sort(key=len, reverse=True)
print(todo)
todo.clear()
print(todo, snapshot[:2], len(snapshot))

nums = [5, 3, 8, 1, 9, 2, 8]
print(nums.index(8), nums.count(8), nums.index(8, 3), nums.index(2, -3, -1))
nums.remove(8)
print(nums)
for method, args in [("remove", (42,)), ("index", (42,)), ("pop", (10,)), ("index", (5, 1))]:
    try:
        getattr(nums, method)(*args)
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
empty = []
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
stack = []
for ch in "([{}])":
    if ch in "([{":
        stack.append(ch)
    else:
        opener = stack.pop()
        print("matched", opener, ch)
print("balanced:", not stack)
a = [1, 2]
b = a
b.append(3)
c = a.copy()
c.append(4)
print(a, b, c, a is b, a is c, a == c[:3])
