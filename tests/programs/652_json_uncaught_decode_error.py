# A config loader that meets a broken document: the JSONDecodeError escapes.
import json

GOOD = '{"name": "svc", "ports": [80, 443], "debug": false}'
BAD = '{"name": "svc",\n "ports": [80, 443]\n "debug": false}'


def load(text):
    try:
        cfg = json.loads(text)
    except json.JSONDecodeError as e:
        print("bad config at line", e.lineno, "column", e.colno)
        raise e.with_traceback(None)
    return cfg["name"], sum(cfg["ports"])


print(load(GOOD))
print(json.dumps(json.loads(GOOD), indent=4, sort_keys=True))
load(BAD)
