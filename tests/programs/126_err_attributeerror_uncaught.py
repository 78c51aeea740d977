# Uncaught AttributeError: calling a method that lists don't have.

def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack

for sample in ["(a[b]{c})", "(]", "((", "{[()()]}"]:
    print(repr(sample), balanced(sample))

stack = []
for item in ["a", "b", "c"]:
    stack.append(item)
print(stack)
print(stack.pop())
stack.push("d")
print(stack)
