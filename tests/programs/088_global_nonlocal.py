# global and nonlocal declarations, shadowing and scoping rules.

total = 0
log = []

def add(n):
    global total
    total += n
    log.append(n)

for i in range(5):
    add(i)
print(total, log)

def shadow():
    total = "local"
    return total

print(shadow(), total)

def make_account(balance):
    history = []
    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("dep", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            history.append(("fail", amount))
            return None
        balance -= amount
        history.append(("wd", amount))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report

dep, wd, rep = make_account(100)
print(dep(50), wd(30), wd(500), dep(5))
print(rep())

def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    result = middle()
    return x, result

print(outer())

def declare_global_in_function():
    global created_later
    created_later = "created"

declare_global_in_function()
print(created_later)

def counter_factory():
    count = 0
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step

c1, c2 = counter_factory(), counter_factory()
print(c1(), c1(), c1(10), c2(), c1())
x = 1
def reads_global():
    return x + 1
def modifies_global():
    global x
    x = x * 100
print(reads_global(), modifies_global(), x, reads_global())
