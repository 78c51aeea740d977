# UnboundLocalError and NameError: assignment makes a name local for the whole function.

total = 10

def increment_wrong():
    total += 1
    return total

def read_then_assign():
    print("about to read")
    value = counter
    counter = 5
    return value

def conditional_assign(flag):
    if flag:
        result = "set"
    return result

def deleted_then_used():
    x = 1
    del x
    return x

def uses_undefined():
    return not_defined_anywhere + 1

def closure_problem():
    n = 0
    def inner():
        n += 1
        return n
    return inner()

for fn, args in [(increment_wrong, ()), (read_then_assign, ()), (conditional_assign, (True,)),
                 (conditional_assign, (False,)), (deleted_then_used, ()), (uses_undefined, ()),
                 (closure_problem, ())]:
    try:
        print(fn.__name__, "->", fn(*args))
    except UnboundLocalError as e:
        print(fn.__name__, "-> UnboundLocalError:", e)
    except NameError as e:
        print(fn.__name__, "-> NameError:", e)

print(issubclass(UnboundLocalError, NameError))

def fixed():
    global total
    total += 1
    return total

print(fixed(), fixed())
try:
    print(undefined_global)
except NameError as e:
    print("NameError:", e)
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
for i in range(2):
    if i == 1:
        try:
            print(loop_var_later)
        except NameError as e:
            print("NameError:", e)
    loop_var_later = i
print(loop_var_later)
