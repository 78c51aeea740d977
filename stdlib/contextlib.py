"""Helpers for writing and combining context managers (with-statement objects).

Only the synchronous tools are provided: weft has no asyncio, and no
os.chdir for contextlib.chdir.  There is no abc module either, so
AbstractContextManager is an ordinary base class and isinstance() against
it only recognises real subclasses.
"""
import sys
from functools import wraps

__all__ = ["contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress"]


class AbstractContextManager(object):
    """Base class for context managers: enter returns self, exit does nothing."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator(object):
    """Mixin that lets a context manager also be used as a function decorator.

    The decorated function runs inside a ``with`` block on the manager.
    """

    def _recreate_cm(self):
        # Hook for one-shot managers (see _GeneratorContextManager) that need
        # a fresh instance for every call of the decorated function.
        return self

    def __call__(self, func):
        @wraps(func)
        def run_inside(*args, **kwargs):
            with self._recreate_cm():
                return func(*args, **kwargs)
        return run_inside


class _GeneratorContextManager(AbstractContextManager, ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        # Show the generator function's docstring on the manager if it has
        # one (help() on the object is otherwise useless).
        text = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if text is None else text

    def _recreate_cm(self):
        # A generator runs once, so each decorated call needs a new manager.
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        # Past this point the manager can't be recreated; drop the references.
        del self.func, self.args, self.kwds
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # Normal exit: the generator must finish after its single yield.
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")

        if value is None:
            # Make an instance so that "is this the exception we threw?"
            # below can be answered by identity.
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as stop:
            # The generator caught the exception and returned: suppress it,
            # unless the body's own StopIteration is what came back.
            return stop is not value
        except RuntimeError as err:
            if err is value:
                err.__traceback__ = traceback
                return False
            # PEP 479 turned the body's StopIteration into a RuntimeError
            # inside the generator; let the original propagate instead.
            if isinstance(value, StopIteration) and err.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as err:
            # Getting our own exception back means "not handled": report that
            # by returning False rather than raising it from __exit__.
            if err is not value:
                raise
            err.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Turn a generator function into a context manager factory.

    The generator should yield exactly once.  Code before the yield runs on
    entry (the yielded value is what ``as`` binds); code after it runs on
    exit.  An exception from the with-block is raised at the yield, so
    wrap the yield in try/finally to clean up unconditionally, or catch the
    exception there to suppress it.
    """
    @wraps(func)
    def make_manager(*args, **kwargs):
        return _GeneratorContextManager(func, args, kwargs)
    return make_manager


class closing(AbstractContextManager):
    """Call thing.close() when the with-block ends; ``as`` binds thing."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *details):
        self.thing.close()


class _StreamSwap(AbstractContextManager):
    # Base for redirect_stdout/redirect_stderr; subclasses name the sys
    # attribute in _stream.  Saved values go on a stack so one instance can
    # be entered again while already active.
    _attr = None

    def __init__(self, new_target):
        self._replacement = new_target
        self._saved = []

    def __enter__(self):
        self._saved.append(getattr(sys, self._attr))
        setattr(sys, self._attr, self._replacement)
        return self._replacement

    def __exit__(self, *details):
        setattr(sys, self._attr, self._saved.pop())


class redirect_stdout(_StreamSwap):
    """Temporarily replace sys.stdout with another file-like object."""

    _attr = "stdout"


class redirect_stderr(_StreamSwap):
    """Temporarily replace sys.stderr with another file-like object."""

    _attr = "stderr"


class suppress(AbstractContextManager):
    """Swallow the listed exception types if the with-block raises one.

    Execution continues after the with statement.
    """

    def __init__(self, *exceptions):
        self._swallow = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc, tb):
        # Plain issubclass() test; exc_type is None when nothing was raised.
        if exc_type is None:
            return False
        return issubclass(exc_type, self._swallow)


def _splice_context(raised, previous, outer):
    # A callback raised `raised` while `previous` was the pending exception.
    # Its __context__ chain ends at whatever the interpreter was handling
    # around ExitStack.__exit__ (`outer`), not at `previous` as it would with
    # real nested with statements; re-point the end of the chain.
    node = raised
    while True:
        ctx = node.__context__
        if ctx is None or ctx is previous:
            return
        if ctx is outer:
            node.__context__ = previous
            return
        node = ctx


class ExitStack(AbstractContextManager):
    """A with-statement whose set of exit actions is built at run time.

    Exit actions (context managers' __exit__ methods and plain callbacks)
    run in reverse order of registration when the stack is closed, behaving
    like the same number of nested with statements.
    """

    def __init__(self):
        self._actions = []

    def __enter__(self):
        return self

    def pop_all(self):
        """Move every registered action to a new stack and return it."""
        moved = type(self)()
        moved._actions = self._actions
        self._actions = []
        return moved

    def _bind_exit(self, cm, exit_func):
        # Unbound exit_func is looked up on the type, like the with statement
        # does; bind it to cm here.
        def call_exit(exc_type, exc, tb):
            return exit_func(cm, exc_type, exc, tb)
        self._actions.append(call_exit)

    def push(self, exit):
        """Register an __exit__-style callable, or an object's __exit__.

        The action receives the exception details and may suppress the
        exception by returning a true value.  Returns exit, so this can be
        used as a decorator.
        """
        try:
            exit_func = type(exit).__exit__
        except AttributeError:
            # No __exit__: it is the callback itself.
            self._actions.append(exit)
        else:
            self._bind_exit(exit, exit_func)
        return exit

    def enter_context(self, cm):
        """Enter cm, register its __exit__, and return what __enter__ gave."""
        kind = type(cm)
        try:
            enter_func = kind.__enter__
            exit_func = kind.__exit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object "
                            f"does not support the context manager "
                            f"protocol") from None
        entered = enter_func(cm)
        self._bind_exit(cm, exit_func)
        return entered

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit.

        It cannot suppress exceptions.  Returns callback, so this can be used
        as a decorator.
        """
        def call_back(exc_type, exc, tb):
            callback(*args, **kwds)
        # Not @wraps (the signature differs), but keep a way back to it.
        call_back.__wrapped__ = callback
        self._actions.append(call_back)
        return callback

    def __exit__(self, *details):
        had_exception = details[0] is not None
        outer = sys.exc_info()[1]
        pending = details
        suppressed = False
        must_raise = False
        # Most recent first, as with nested with statements.
        while self._actions:
            action = self._actions.pop()
            try:
                # The truth test stays inside the try: a failing __bool__
                # counts as the action raising.
                if action(*pending):
                    pending = (None, None, None)
                    suppressed = True
                    must_raise = False
            except:
                raised = sys.exc_info()
                _splice_context(raised[1], pending[1], outer)
                pending = raised
                must_raise = True
        if must_raise:
            error = pending[1]
            # "raise" would set __context__ to the exception being handled
            # around us and lose the chain built above; put it back.
            chain = error.__context__
            try:
                raise error
            finally:
                error.__context__ = chain
        return had_exception and suppressed

    def close(self):
        """Run all exit actions now, as if leaving the with-block normally."""
        self.__exit__(None, None, None)


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; ``as`` binds enter_result.

    Handy as the stand-in when a real context manager is only sometimes
    needed.
    """

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *details):
        pass
