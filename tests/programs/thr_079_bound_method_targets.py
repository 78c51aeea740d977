import threading

class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
        self.lock = threading.Lock()

    def deposit_many(self, amount, times):
        for _ in range(times):
            with self.lock:
                self.balance += amount

    @staticmethod
    def audit():
        pass

acct = Account("ann")
ts = [threading.Thread(target=acct.deposit_many, args=(5, 100)) for _ in range(3)]
print([t.name.split(" ", 1)[1] for t in ts])
for t in ts: t.start()
for t in ts: t.join()
print(acct.owner, acct.balance)
print(threading.Thread(target=Account.audit).name.split(" ", 1)[1])
print(threading.Thread(target=len).name.split(" ", 1)[1])
print(threading.Thread(target=Account).name.split(" ", 1)[1])
