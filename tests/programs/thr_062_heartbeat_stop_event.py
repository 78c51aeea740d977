import threading

stop = threading.Event()
beats = []
ticked = threading.Semaphore(0)

def heartbeat():
    n = 0
    while not stop.wait(0.005):
        n += 1
        beats.append(n)
        ticked.release()

t = threading.Thread(target=heartbeat, daemon=True)
t.start()
for _ in range(3):
    ticked.acquire()
stop.set()
t.join()
print("at least 3 beats:", len(beats) >= 3, beats[:3])
print("stopped:", not t.is_alive())
