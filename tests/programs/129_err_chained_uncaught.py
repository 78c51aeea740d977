# raise ... from ...: the traceback shows both, but the last line is the final exception.

DEFAULTS = {"mode": "fast", "retries": 3}

def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise LookupError(f"setting {key} is required") from e

def load_or_default(settings, key):
    try:
        return load(settings, key)
    except LookupError:
        return DEFAULTS.get(key)

settings = {"mode": "safe"}
print("mode:", load(settings, "mode"))
print("retries:", load_or_default(settings, "retries"))
print("colour:", load_or_default(settings, "colour"))
print("level:", load(settings, "level"))
