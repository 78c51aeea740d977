"""Functions to call when the interpreter exits.

weft's `atexit`, in weft. weft calls _run_exitfuncs() at the end of a
program, normal or through sys.exit() or an uncaught exception, once
threading's shutdown has joined the non-daemon threads, and before the
last flush; os._exit() and fatal signals skip it, as in CPython. Callbacks
run last registered first; one that raises is reported on stderr as
CPython 3.11 reports it ("Exception ignored in atexit callback: ...") and
the others still run, with the exit status unchanged.

As in CPython, unregister() leaves the slot of a removed callback empty, so
_ncallbacks() counts slots. CPython's site module registers a callback of
its own at start-up; weft has no site module, so its count starts at 0.
"""

import _thread

# (func, args, kwargs) per register() call, None where unregister() removed one.
_callbacks = []


def register(func, *args, **kwargs):
    """Calls func(*args, **kwargs) at exit; returns func, so that it can be
    used as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Forgets every registration of func (compared with ==)."""
    for i, entry in enumerate(_callbacks):
        if entry is not None and entry[0] == func:
            _callbacks[i] = None


def _clear():
    """Forgets every registered callback."""
    del _callbacks[:]


def _ncallbacks():
    """How many callbacks are registered."""
    return len(_callbacks)


def _run_exitfuncs():
    """Calls the registered callbacks, last registered first, reporting and
    otherwise ignoring their exceptions; then forgets them."""
    # Callbacks registered while these run are dropped with them, as in CPython.
    entries = _callbacks[:]
    for entry in reversed(entries):
        if entry is None:
            continue
        func, args, kwargs = entry
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _report(func, exc)
    del _callbacks[:]


def _report(func, exc):
    # The traceback starts at the callback, as CPython (which calls it from
    # C) prints it: the frame of _run_exitfuncs is dropped.
    tb = exc.__traceback__
    if tb is not None:
        exc.__traceback__ = tb.tb_next
    try:
        what = repr(func)
    except Exception:
        what = '<object repr() failed>'
    import sys
    sys.stderr.write('Exception ignored in atexit callback: %s\n' % what)
    _thread._print_exception(exc)
