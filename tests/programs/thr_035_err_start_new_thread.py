import _thread

def show(f, *a, **k):
    try:
        f(*a, **k)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)

show(_thread.start_new_thread, 42, ())
show(_thread.start_new_thread, print, [1, 2])
show(_thread.start_new_thread, print, "abc")
show(_thread.start_new_thread, print, (), [])
show(_thread.start_new_thread, print, (), 5)
show(_thread.start_new_thread, print)
show(_thread.start_new_thread)
show(_thread.start_new_thread, print, (), {}, 4)
show(_thread.start_new_thread, function=print, args=())
show(_thread.stack_size, 100)
show(_thread.stack_size, -1)
print(_thread.stack_size())
