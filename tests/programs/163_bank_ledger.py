# A bank ledger with dicts, validation errors and a statement printer.

accounts = {}
ledger = []

def open_account(owner, initial=0):
    if owner in accounts:
        raise ValueError(f"account for {owner!r} already exists")
    if initial < 0:
        raise ValueError("initial deposit cannot be negative")
    accounts[owner] = initial
    ledger.append(("open", owner, initial))

def deposit(owner, amount):
    if owner not in accounts:
        raise KeyError(owner)
    if amount <= 0:
        raise ValueError(f"deposit must be positive, got {amount}")
    accounts[owner] += amount
    ledger.append(("deposit", owner, amount))

def withdraw(owner, amount):
    balance = accounts[owner]
    if amount > balance:
        raise ValueError(f"insufficient funds: {owner} has {balance}, needs {amount}")
    accounts[owner] = balance - amount
    ledger.append(("withdraw", owner, amount))

def transfer(src, dst, amount):
    if dst not in accounts:
        raise KeyError(dst)
    withdraw(src, amount)
    deposit(dst, amount)

operations = [
    (open_account, ("alice", 100)),
    (open_account, ("bob",)),
    (open_account, ("alice", 5)),
    (deposit, ("bob", 250)),
    (deposit, ("carol", 10)),
    (withdraw, ("alice", 30)),
    (withdraw, ("bob", 1000)),
    (transfer, ("bob", "alice", 75)),
    (transfer, ("alice", "dave", 1)),
    (deposit, ("alice", -5)),
    (open_account, ("erin", -1)),
    (withdraw, ("zed", 1)),
]
for fn, args in operations:
    try:
        fn(*args)
        print(f"ok      {fn.__name__}{args}")
    except ValueError as e:
        print(f"invalid {fn.__name__}{args}: {e}")
    except KeyError as e:
        print(f"unknown {fn.__name__}{args}: no account {e}")

print()
print(f"{'#':>3} {'action':<9} {'owner':<6} {'amount':>7}")
for i, (action, owner, amount) in enumerate(ledger, 1):
    print(f"{i:>3} {action:<9} {owner:<6} {amount:>7.2f}")
print()
for owner, balance in sorted(accounts.items()):
    print(f"{owner:<6} balance {balance:>8.2f}")
total_in = sum(a for act, _, a in ledger if act in ("open", "deposit"))
total_out = sum(a for act, _, a in ledger if act == "withdraw")
print("in:", total_in, "out:", total_out, "held:", sum(accounts.values()), total_in - total_out == sum(accounts.values()))
