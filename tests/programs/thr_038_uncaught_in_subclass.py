import threading

class Parser(threading.Thread):
    def __init__(self, text):
        super().__init__(name="parser")
        self.text = text

    def run(self):
        numbers = [int(tok) for tok in self.text.split(",")]
        print("parsed", numbers)

good = Parser("1,2,3")
good.start(); good.join()
bad = Parser("4,five,6")
bad.start(); bad.join()
print("main thread finished normally")
