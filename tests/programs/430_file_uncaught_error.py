# A program that stops on a missing input file: traceback and exit status 1.
import os

def load_settings(name):
    with open(name) as f:
        return dict(line.strip().split("=", 1) for line in f if "=" in line)

print("loading settings...")
print(os.path.exists("settings_430_missing.ini"))
settings = load_settings("settings_430_missing.ini")
print("not reached", settings)
