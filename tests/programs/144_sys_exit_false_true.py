# sys.exit with a bool: False -> status 0, True -> status 1 (and nothing on stderr).
import sys

def run_check(name):
    checks = {
        "lexer": lambda: "x = 1".split() == ["x", "=", "1"],
        "parser": lambda: "(1 + 2".count("(") == "(1 + 2".count(")"),
        "vm": lambda: sum(range(10)) == 45,
    }
    return checks[name]()

def summarize(results):
    failed = [name for name, ok in results if not ok]
    for name, ok in results:
        print(f"{name:<10} {'PASS' if ok else 'FAIL'}")
    print(f"checks: {len(results) - len(failed)} ok, {len(failed)} failing")
    return bool(failed)

results = [(name, run_check(name)) for name in ["lexer", "parser", "vm"]]
any_failed = summarize(results)
sys.exit(any_failed)
