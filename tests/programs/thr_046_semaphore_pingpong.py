import threading

# odd/even printer with two semaphores handing the baton back and forth
odd_turn = threading.Semaphore(1)
even_turn = threading.Semaphore(0)
out = []

def odds():
    for i in range(1, 11, 2):
        odd_turn.acquire()
        out.append(i)
        even_turn.release()

def evens():
    for i in range(2, 11, 2):
        even_turn.acquire()
        out.append(i)
        odd_turn.release()

a = threading.Thread(target=odds)
b = threading.Thread(target=evens)
b.start(); a.start()
a.join(); b.join()
print(out)
