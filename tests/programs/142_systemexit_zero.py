# raise SystemExit(0) ends the program successfully from deep inside a call chain.

def process(items):
    for item in items:
        if item == "STOP":
            print("stop marker found, exiting cleanly")
            raise SystemExit(0)
        print("processing", item)

def main():
    try:
        process(["a", "b", "STOP", "c"])
    except Exception:
        print("SystemExit is not an Exception subclass, so this is not printed")
    print("not reached either")

main()
