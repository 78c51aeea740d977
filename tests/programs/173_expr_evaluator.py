# A tokenizer for arithmetic expressions and a recursive-descent evaluator with variables.

def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            num = text[i:j]
            tokens.append(("num", float(num) if "." in num else int(num)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            tokens.append(("name", text[i:j]))
            i = j
        elif text.startswith("**", i):
            tokens.append(("op", "**"))
            i += 2
        elif ch in "+-*/%()^,":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at position {i}")
    tokens.append(("end", None))
    return tokens

state = {"pos": 0, "tokens": []}

def peek():
    return state["tokens"][state["pos"]]

def advance():
    tok = peek()
    state["pos"] += 1
    return tok

def expect(value):
    tok = advance()
    if tok[1] != value:
        raise SyntaxError(f"expected {value!r}, got {tok[1]!r}")

FUNCS = {"max": max, "min": min, "abs": abs}

def parse_expr(env):
    value = parse_term(env)
    while peek()[1] in ("+", "-"):
        op = advance()[1]
        rhs = parse_term(env)
        value = value + rhs if op == "+" else value - rhs
    return value

def parse_term(env):
    value = parse_unary(env)
    while peek()[1] in ("*", "/", "%"):
        op = advance()[1]
        rhs = parse_unary(env)
        if op == "*":
            value *= rhs
        elif op == "/":
            value /= rhs
        else:
            value %= rhs
    return value

def parse_unary(env):
    if peek()[1] == "-":
        advance()
        return -parse_unary(env)
    if peek()[1] == "+":
        advance()
        return parse_unary(env)
    return parse_power(env)

def parse_power(env):
    base = parse_atom(env)
    if peek()[1] in ("**", "^"):
        advance()
        return base ** parse_unary(env)
    return base

def parse_atom(env):
    kind, value = advance()
    if kind == "num":
        return value
    if kind == "name":
        if peek()[1] == "(":
            advance()
            args = [parse_expr(env)]
            while peek()[1] == ",":
                advance()
                args.append(parse_expr(env))
            expect(")")
            return FUNCS[value](*args)
        if value not in env:
            raise NameError(f"unknown variable {value!r}")
        return env[value]
    if value == "(":
        inner = parse_expr(env)
        expect(")")
        return inner
    raise SyntaxError(f"unexpected token {value!r}")

def evaluate(text, env=None):
    state["tokens"] = tokenize(text)
    state["pos"] = 0
    result = parse_expr(env or {})
    if peek()[0] != "end":
        raise SyntaxError(f"trailing input at token {peek()[1]!r}")
    return result

env = {"x": 3, "y": 4.5, "big": 10 ** 20}
tests = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "(-2) ^ 2", "7 % 3 + 10 / 4",
         "x * x + y", "max(x, y, 2) - min(1, -x)", "abs(-big) + 1", "2 * (3 + (4 - 1)) / 3",
         "1 / 0", "1 +", "(1 + 2", "2 $ 3", "z + 1", "3 4", "1.5 * 4"]
print(tokenize("max(x,2)**-1")[:6])
for t in tests:
    try:
        print(f"{t:<28} = {evaluate(t, env)!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{t:<28} ! {type(e).__name__}: {e}")
