import threading

class ConfigError(Exception):
    pass

def load(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise ConfigError("missing setting") from e

def serve():
    port = load({"host": "localhost"})
    print("serving on", port)

t = threading.Thread(target=serve, name="server")
t.start()
t.join()

def cleanup():
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
t = threading.Thread(target=cleanup)
t.start()
t.join()
print("exit code still 0")
