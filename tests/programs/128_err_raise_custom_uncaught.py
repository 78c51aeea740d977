# A RuntimeError raised explicitly by validation code escapes to the top level.

REQUIRED = ["name", "version", "entry"]
DEFAULTS = {"debug": False, "workers": 2}

def validate(config):
    for key in REQUIRED:
        if key not in config:
            raise RuntimeError(f"config is missing required key {key!r}")
        print("found", key, "=", config[key])
    return True

def with_defaults(config):
    merged = dict(DEFAULTS)
    merged.update(config)
    return merged

configs = [
    {"name": "weft", "version": "0.1", "entry": "main", "workers": 4},
    {"name": "broken", "version": "0.0"},
]
for cfg in configs:
    full = with_defaults(cfg)
    print("checking", full["name"], "with", full["workers"], "workers")
    validate(full)
print("all configs valid")
