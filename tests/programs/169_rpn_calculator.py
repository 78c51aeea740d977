# A stack-based RPN calculator with error handling and a small command set.
import math

def evaluate(expression):
    stack = []
    binary = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b,
        "//": lambda a, b: a // b,
        "%": lambda a, b: a % b,
        "^": lambda a, b: a ** b,
        "max": max,
        "min": min,
    }
    unary = {"neg": lambda a: -a, "sqrt": math.sqrt, "abs": abs, "fact": math.factorial}
    for token in expression.split():
        if token in binary:
            if len(stack) < 2:
                raise ValueError(f"'{token}' needs two operands, stack has {len(stack)}")
            b = stack.pop()
            a = stack.pop()
            stack.append(binary[token](a, b))
        elif token in unary:
            if not stack:
                raise ValueError(f"'{token}' needs one operand")
            stack.append(unary[token](stack.pop()))
        elif token == "dup":
            stack.append(stack[-1])
        elif token == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif token == "sum":
            stack = [sum(stack)]
        else:
            try:
                stack.append(int(token))
            except ValueError:
                stack.append(float(token))
    if len(stack) != 1:
        raise ValueError(f"malformed expression, stack left as {stack}")
    return stack[0]

programs = [
    "3 4 +",
    "5 1 2 + 4 * + 3 -",
    "2 10 ^",
    "2 0.5 ^",
    "10 3 /",
    "10 3 //",
    "-7 3 %",
    "9 sqrt 2 ^",
    "20 fact 19 fact //",
    "1 2 3 4 5 sum",
    "4 dup * 3 dup * + sqrt",
    "1 2 swap -",
    "3 7 max 5 min",
    "2 100 ^ 3 *",
    "1 0 /",
    "+",
    "1 2",
    "abc 1 +",
    "-4 sqrt",
    "1.5e3 2 *",
]
for prog in programs:
    try:
        print(f"{prog:<24} => {evaluate(prog)!r}")
    except (ValueError, ZeroDivisionError) as e:
        print(f"{prog:<24} => {type(e).__name__}: {e}")
