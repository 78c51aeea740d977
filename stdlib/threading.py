"""Threads and the ways they wait for each other.

weft's `threading`, written in weft over the native `_thread` module (real OS
threads, locks that block with the GIL released). The public API, reprs and
error messages are CPython 3.11's; the code is weft's own.

Every blocking wait here bottoms out in a `_thread` lock acquire, so it runs
without the GIL, and on the main thread Ctrl-C interrupts it.
"""

import sys as _sys
import _thread
from time import monotonic as _now

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX

# threading.Lock is the factory itself, as in CPython.
Lock = _thread.allocate_lock


def RLock(*args, **kwargs):
    """A lock its owner may take again; it is free once released as often."""
    return _thread.RLock(*args, **kwargs)


# weft has no tracing or profiling hooks; the functions keep what they are
# given so that code which sets and reads them back still works.
_hooks = {'trace': None, 'profile': None}


def settrace(func):
    _hooks['trace'] = func


def gettrace():
    return _hooks['trace']


def setprofile(func):
    _hooks['profile'] = func


def getprofile():
    return _hooks['profile']


def stack_size(size=None):
    """The native stack size of threads started from now on (0: weft's default)."""
    if size is None:
        return _thread.stack_size()
    return _thread.stack_size(size)


# ---- condition variables -------------------------------------------------------

class Condition:
    """Lets threads sleep until another thread says the state they wait for changed.

    Each waiter parks on a private lock of its own that notify() releases, so
    a notification wakes exactly the threads it picks, oldest first.
    """

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._sleepers = []
        # An RLock can be let go of entirely and restored to its depth;
        # a plain lock is released and re-acquired once.
        if type(self._lock) is not _thread.LockType:
            for name in ('_release_save', '_acquire_restore', '_is_owned'):
                method = getattr(self._lock, name, None)
                if method is not None:
                    setattr(self, name, method)

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._sleepers)})>"

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # For a lock without an owner: held by somebody counts as ours.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._sleepers.clear()

    def wait(self, timeout=None):
        """Releases the lock and sleeps until notified or `timeout` seconds pass.

        The lock is held again on return. Returns False on timeout.
        """
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        bed = _thread.allocate_lock()
        bed.acquire()
        self._sleepers.append(bed)
        state = self._release_save()
        woken = False
        try:
            if timeout is None:
                woken = bed.acquire()
            elif timeout > 0:
                woken = bed.acquire(True, timeout)
            else:
                woken = bed.acquire(False)
            return woken
        finally:
            self._acquire_restore(state)
            if not woken and bed in self._sleepers:
                self._sleepers.remove(bed)

    def wait_for(self, predicate, timeout=None):
        """Waits until `predicate()` is true or the timeout passes; returns its last value."""
        deadline = None if timeout is None else _now() + timeout
        while True:
            result = predicate()
            if result:
                return result
            if deadline is None:
                self.wait()
                continue
            left = deadline - _now()
            if left <= 0:
                return result
            self.wait(left)

    def notify(self, n=1):
        """Wakes up to `n` of the waiting threads, longest waiting first."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = 0
        while self._sleepers and woken < n:
            bed = self._sleepers.pop(0)
            try:
                bed.release()
            except RuntimeError:
                continue  # it timed out meanwhile
            woken += 1

    def notify_all(self):
        """Wakes every waiting thread."""
        self.notify(len(self._sleepers))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        _deprecated("notifyAll() is deprecated, use notify_all() instead")
        self.notify_all()


# ---- semaphores and events ------------------------------------------------------

def _deprecated(message):
    """The DeprecationWarning of a camelCase alias, about its caller's line."""
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def _describe(obj, detail):
    cls = type(obj)
    return f"<{cls.__module__}.{cls.__qualname__} at {id(obj):#x}: {detail}>"


class Semaphore:
    """A counter of free permits: acquire() takes one (waiting at zero), release() returns them."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._changed = Condition(Lock())
        self._value = value

    def __repr__(self):
        return _describe(self, f"value={self._value}")

    def acquire(self, blocking=True, timeout=None):
        """Takes a permit; returns False if none came (non-blocking or timed out)."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._changed:
            if blocking:
                if not self._changed.wait_for(lambda: self._value > 0, timeout):
                    return False
            elif self._value == 0:
                return False
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Returns `n` permits, waking as many waiters."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._changed:
            self._value += n
            self._changed.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that may never hold more permits than it started with."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        return _describe(self, f"value={self._value}/{self._initial_value}")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._changed:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._changed.notify(n)


class Event:
    """A flag that starts false; wait() sleeps until some thread set()s it."""

    def __init__(self):
        self._changed = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return _describe(self, 'set' if self._flag else 'unset')

    def _at_fork_reinit(self):
        self._changed._at_fork_reinit()

    def is_set(self):
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        _deprecated("isSet() is deprecated, use is_set() instead")
        return self.is_set()

    def set(self):
        with self._changed:
            self._flag = True
            self._changed.notify_all()

    def clear(self):
        with self._changed:
            self._flag = False

    def wait(self, timeout=None):
        """Sleeps until the flag is set or `timeout` passes; returns the flag."""
        with self._changed:
            if self._flag:
                return True
            return self._changed.wait_for(lambda: self._flag, timeout)


# ---- barriers -------------------------------------------------------------------

class BrokenBarrierError(RuntimeError):
    pass


class _Round:
    """One filling of a Barrier: 'filling' until it is 'passed', 'reset' or 'broken'."""

    __slots__ = ('state', 'arrived')

    def __init__(self):
        self.state = 'filling'
        self.arrived = 0


class Barrier:
    """A meeting point for `parties` threads: each wait()s until all have arrived.

    Arrivals are counted per round. The last arrival runs `action` and marks
    the round passed, which releases the others; a round that is reset or
    aborted releases its waiters with BrokenBarrierError instead. An abort
    (or a wait that times out, or a failing action) leaves the barrier broken
    until reset().
    """

    def __init__(self, parties, action=None, timeout=None):
        self._changed = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._round = _Round()
        self._broken = False

    def __repr__(self):
        if self._broken:
            return _describe(self, "broken")
        return _describe(self, f"waiters={self.n_waiting}/{self._parties}")

    def wait(self, timeout=None):
        """Waits for the other parties; returns this thread's arrival index."""
        if timeout is None:
            timeout = self._timeout
        with self._changed:
            if self._broken:
                raise BrokenBarrierError
            round = self._round
            index = round.arrived
            round.arrived += 1
            if round.arrived == self._parties:
                try:
                    if self._action:
                        self._action()
                except:
                    self._break()
                    raise
                self._finish_round('passed')
                return index
            if not self._changed.wait_for(lambda: round.state != 'filling', timeout):
                self._break()
            if round.state == 'passed':
                return index
            raise BrokenBarrierError

    def _finish_round(self, outcome):
        self._round.state = outcome
        self._round = _Round()
        self._changed.notify_all()

    def reset(self):
        """Empties the barrier; threads waiting in it get BrokenBarrierError."""
        with self._changed:
            self._broken = False
            self._finish_round('reset')

    def abort(self):
        """Breaks the barrier for everyone, now and later, until reset()."""
        with self._changed:
            self._break()

    def _break(self):
        self._broken = True
        self._finish_round('broken')

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0 if self._broken else self._round.arrived

    @property
    def broken(self):
        return self._broken


# ---- threads --------------------------------------------------------------------

_registry_lock = RLock()
_running = {}      # ident -> Thread, for threads that have started
_starting = {}     # Thread -> Thread, between start() and the thread running
_to_join_lock = _thread.allocate_lock()
_to_join = set()   # "finished" locks of non-daemon threads, for _shutdown()
_name_counter = 0


def _next_name(template):
    global _name_counter
    _name_counter += 1
    return template % _name_counter


class _StartLatch:
    """Thread._started: an Event that is set once and waited for by start(),
    on one lock instead of a Condition (thread creation is hot)."""

    __slots__ = ('_lock', '_flag')

    def __init__(self):
        self._lock = _thread.allocate_lock()
        self._lock.acquire()
        self._flag = False

    def is_set(self):
        return self._flag

    def set(self):
        if not self._flag:
            self._flag = True
            self._lock.release()

    def wait(self):
        if not self._flag:
            # Taken and handed straight back, so later waiters pass too.
            with self._lock:
                pass
        return True


class Thread:
    """One thread of control: give it a `target` to call, or subclass it and override run()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if name:
            name = str(name)
        else:
            name = _next_name("Thread-%d")
            target_name = getattr(target, '__name__', None)
            if target is not None and target_name is not None:
                name += f" ({target_name})"
        self._name = name
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        # Held by the running thread; weft frees it once the OS thread is done.
        self._finished = None
        self._started = _StartLatch()
        self._is_stopped = False
        self._stderr = _sys.stderr
        self._invoke_excepthook = _excepthook_caller()
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        if self._started.is_set():
            self.is_alive()
            status = "stopped" if self._is_stopped else "started"
        else:
            status = "initial"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{type(self).__name__}({self._name}, {status})>"

    def start(self):
        """Starts run() in a new OS thread. A Thread can be started once."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _registry_lock:
            _starting[self] = self
        try:
            _thread.start_new_thread(self._bootstrap, ())
        except Exception:
            with _registry_lock:
                _starting.pop(self, None)
            raise
        self._started.wait()

    def run(self):
        """What the thread does: calls the target. Subclasses override this."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Break reference cycles through the arguments.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._bootstrap_inner()

    def _begin(self):
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._finished = _thread._set_sentinel()
        self._finished.acquire()
        if not self._daemonic:
            with _to_join_lock:
                _to_join.add(self._finished)

    def _bootstrap_inner(self):
        try:
            self._begin()
            with _registry_lock:
                _running[self._ident] = self
                _starting.pop(self, None)
            self._started.set()
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            with _registry_lock:
                _running.pop(get_ident(), None)

    def _mark_stopped(self):
        self._is_stopped = True
        finished, self._finished = self._finished, None
        if finished is not None and not self._daemonic:
            with _to_join_lock:
                _to_join.discard(finished)

    def _poll_finished(self, block, timeout=-1):
        """Waits (or just looks) for the OS thread to be done; True once it is."""
        finished = self._finished
        if finished is None:
            return self._is_stopped
        if finished.acquire(block, timeout):
            finished.release()
            self._mark_stopped()
            return True
        return False

    def join(self, timeout=None):
        """Waits until the thread has finished, or `timeout` seconds have passed."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._poll_finished(True)
        else:
            self._poll_finished(True, max(timeout, 0))

    def is_alive(self):
        """True from when start() returns until run() has ended."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        return not self._poll_finished(False)

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Deprecated: read the daemon attribute."""
        _deprecated("isDaemon() is deprecated, get the daemon attribute instead")
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated: set the daemon attribute."""
        _deprecated("setDaemon() is deprecated, set the daemon attribute instead")
        self.daemon = daemonic

    def getName(self):
        """Deprecated: read the name attribute."""
        _deprecated("getName() is deprecated, get the name attribute instead")
        return self.name

    def setName(self, name):
        """Deprecated: set the name attribute."""
        _deprecated("setName() is deprecated, set the name attribute instead")
        self.name = name


class Timer(Thread):
    """A thread that calls `function(*args, **kwargs)` after `interval` seconds, unless cancel()led."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Stops the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        if not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread the program started in."""

    def __init__(self):
        super().__init__(name="MainThread", daemon=False)
        self._begin()
        self._started.set()
        with _registry_lock:
            _running[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started with _thread directly; always alive, never joined."""

    def __init__(self):
        super().__init__(name=_next_name("Dummy-%d"), daemon=True)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        with _registry_lock:
            _running[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    """The Thread object of the calling thread."""
    thread = _running.get(get_ident())
    return thread if thread is not None else _DummyThread()


def currentThread():
    """Deprecated alias of current_thread()."""
    _deprecated("currentThread() is deprecated, use current_thread() instead")
    return current_thread()


def main_thread():
    """The Thread object of the thread the program started in."""
    return _main


def active_count():
    """How many Thread objects are alive (started and not yet finished)."""
    with _registry_lock:
        return len(_running) + len(_starting)


def activeCount():
    """Deprecated alias of active_count()."""
    _deprecated("activeCount() is deprecated, use active_count() instead")
    return active_count()


def enumerate():
    """A list of the Thread objects that are alive."""
    with _registry_lock:
        return [*_running.values(), *_starting.values()]




# Functions run by _shutdown() before it joins the non-daemon threads, last
# registered first (concurrent.futures uses this to stop its idle workers).
_exit_hooks = []
_shutting_down = False


def _register_atexit(func, *arg, **kwargs):
    """Has _shutdown() call func(*arg, **kwargs) before it waits for threads."""
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _exit_hooks.append((func, arg, kwargs))


def _shutdown():
    """Called by weft when the main program ends: runs the hooks given to
    _register_atexit, then waits for every non-daemon thread."""
    global _shutting_down
    if _main._is_stopped:
        return
    _shutting_down = True
    while _exit_hooks:
        func, arg, kwargs = _exit_hooks.pop()
        func(*arg, **kwargs)
    _main._finished.release()
    _main._mark_stopped()
    while True:
        with _to_join_lock:
            pending = list(_to_join)
            _to_join.clear()
        if not pending:
            return
        for finished in pending:
            finished.acquire()
            finished.release()


# ---- uncaught exceptions in threads ---------------------------------------------

class _ExceptHookArgs:
    """What threading.excepthook receives: exc_type, exc_value, exc_traceback, thread."""

    # CPython's is a struct sequence defined in C by _thread.
    __module__ = '_thread'

    __slots__ = ('exc_type', 'exc_value', 'exc_traceback', 'thread')
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0

    def __init__(self, fields):
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = fields

    def _fields(self):
        return (self.exc_type, self.exc_value, self.exc_traceback, self.thread)

    def __iter__(self):
        return iter(self._fields())

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self._fields()[index]

    def __eq__(self, other):
        if isinstance(other, _ExceptHookArgs):
            return self._fields() == other._fields()
        return self._fields() == other

    __hash__ = None

    def __repr__(self):
        names = ('exc_type', 'exc_value', 'exc_traceback', 'thread')
        inner = ', '.join(f"{n}={v!r}" for n, v in zip(names, self._fields()))
        return f"_thread._ExceptHookArgs({inner})"


def excepthook(args, /):
    """The default handler for an exception escaping Thread.run(): prints it to stderr."""
    if args.exc_type == SystemExit:
        return  # a thread ending itself with sys.exit() is not an error
    stream = _sys.stderr
    if stream is None and args.thread is not None:
        stream = args.thread._stderr
    if stream is None:
        return
    who = args.thread.name if args.thread is not None else get_ident()
    stream.flush()
    print(f"Exception in thread {who}:", file=stream, flush=True)
    _thread._print_exception(args.exc_value, stream)
    stream.flush()


ExceptHookArgs = _ExceptHookArgs
__excepthook__ = excepthook


def _excepthook_caller():
    """A function that hands the exception being handled to threading.excepthook.

    Made when a Thread is created, so it still works if the module's globals
    are gone by the time the thread fails (as at interpreter exit).
    """
    fallback_hook = excepthook
    fallback_sys_hook = _sys.excepthook
    exc_info = _sys.exc_info
    sys = _sys

    def invoke_excepthook(thread):
        try:
            hook = excepthook if excepthook is not None else fallback_hook
            args = ExceptHookArgs([*exc_info(), thread])
            hook(args)
        except Exception as failure:
            failure.__suppress_context__ = True
            stream = sys.stderr if sys.stderr is not None else thread._stderr
            print("Exception in threading.excepthook:", file=stream, flush=True)
            sys_hook = sys.excepthook if sys.excepthook is not None else fallback_sys_hook
            sys_hook(*exc_info())
    return invoke_excepthook


# ---- thread-local data ------------------------------------------------------------

class local:
    """An object whose attributes each thread sees separately.

    Every thread gets its own attribute dict, made on its first access; a
    subclass's __init__ runs again, with the original arguments, for each
    thread that uses the object.
    """

    __slots__ = ('_local__per_thread', '_local__init_args', '__weakref__')

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__per_thread', {get_ident(): {}})
        object.__setattr__(self, '_local__init_args', (args, kwargs))
        return self

    def _local__namespace(self):
        per_thread = object.__getattribute__(self, '_local__per_thread')
        me = get_ident()
        namespace = per_thread.get(me)
        if namespace is None:
            namespace = per_thread[me] = {}
            cls = type(self)
            if cls.__init__ is not object.__init__:
                args, kwargs = object.__getattribute__(self, '_local__init_args')
                cls.__init__(self, *args, **kwargs)
        return namespace

    def _local__type_name(self):
        # Messages name the base class as CPython's C type does.
        cls = type(self)
        return '_thread._local' if cls is local else cls.__name__

    def __getattribute__(self, name):
        namespace = local._local__namespace(self)
        if name == '__dict__':
            return namespace
        if name in namespace:
            return namespace[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            raise AttributeError(
                f"'{local._local__type_name(self)}' object has no attribute '{name}'") from None

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                f"'{local._local__type_name(self)}' object attribute '__dict__' is read-only")
        local._local__namespace(self)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                f"'{local._local__type_name(self)}' object attribute '__dict__' is read-only")
        namespace = local._local__namespace(self)
        if name not in namespace:
            raise AttributeError(
                f"'{local._local__type_name(self)}' object has no attribute '{name}'")
        del namespace[name]


# The thread running this import is the main thread.
_main = _MainThread()
