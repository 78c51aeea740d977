import threading
import time

def background(n):
    time.sleep(0.05)
    print("background done", n)

for n in range(2):
    t = threading.Thread(target=background, args=(n,))
    t.start()
    t.join()
print("main body ends; interpreter waits for non-daemon threads")
t = threading.Thread(target=background, args=("last",))
t.start()
