# os.environ as a mapping, getenv and putenv-through-environ.
import os

print(type(os.environ).__name__, isinstance(os.environ["PATH"], str))
print(os.getenv("WEFT_TEST_UNSET"), os.getenv("WEFT_TEST_UNSET", "fallback"))
os.environ["WEFT_TEST_VAR"] = "hello world"
print(os.environ["WEFT_TEST_VAR"], os.getenv("WEFT_TEST_VAR"), "WEFT_TEST_VAR" in os.environ)
os.environ.setdefault("WEFT_TEST_VAR", "ignored")
os.environ.setdefault("WEFT_TEST_OTHER", "set by default")
print(os.environ.get("WEFT_TEST_OTHER"), os.environ.pop("WEFT_TEST_OTHER"), "WEFT_TEST_OTHER" in os.environ)
os.environ.update({"WEFT_A": "1", "WEFT_B": "2"})
print(sorted(k for k in os.environ if k.startswith("WEFT_")))
print(sorted((k, v) for k, v in os.environ.items() if k.startswith("WEFT_")))
del os.environ["WEFT_TEST_VAR"]
print(os.getenv("WEFT_TEST_VAR"), len(os.environ) == len(list(os.environ)))
copy = os.environ.copy()
print(type(copy).__name__, copy["WEFT_A"])
for bad in [lambda: os.environ["WEFT_MISSING"], lambda: os.environ.__setitem__("X", 1),
            lambda: os.environ.__setitem__(2, "x"), lambda: os.getenv(5),
            lambda: os.environ.pop("WEFT_MISSING"), lambda: os.environ.__delitem__("WEFT_MISSING")]:
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(os.environ.pop("WEFT_MISSING", "default"))
