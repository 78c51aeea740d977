"""Futures, the Executor interface, wait() and as_completed().

weft's `concurrent.futures._base`, written for weft over threading. A Future
keeps its state under a Condition and moves between states through one
helper (_become); wait() and as_completed() hang a _Watcher on each future
they wait for, which the future tells when it finishes. States, reprs,
messages and the order of events follow CPython 3.11. The functions and
lines that show up in tracebacks (`result`, `__get_result`,
`_result_or_cancel`, `result_iterator`, `_invoke_callbacks`,
`add_done_callback`) read as CPython's, so an exception re-raised by
result() prints the same traceback in both.

weft has no `logging`: where CPython logs an error through the
"concurrent.futures" logger with nothing configured (an exception raised by a
done-callback), weft writes what logging's last-resort handler would: the
message and the traceback, on sys.stderr.
"""

import collections
import sys
import threading
import time
import types

# What wait() can wait for; _AS_COMPLETED is as_completed()'s own mode.
FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, _AS_COMPLETED = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', '_AS_COMPLETED')

# The states of a Future, each with the word its repr shows. A future goes
# PENDING -> RUNNING -> FINISHED, or PENDING -> CANCELLED, and then to
# CANCELLED_AND_NOTIFIED once its executor has seen the cancellation and
# told the watchers.
_STATE_WORDS = (('PENDING', 'pending'),
                ('RUNNING', 'running'),
                ('CANCELLED', 'cancelled'),
                ('CANCELLED_AND_NOTIFIED', 'cancelled'),
                ('FINISHED', 'finished'))
_FUTURE_STATES = [state for state, _ in _STATE_WORDS]
PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED = _FUTURE_STATES
_STATE_TO_DESCRIPTION_MAP = dict(_STATE_WORDS)

_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = _CANCELLED_STATES + (FINISHED,)
# Done as far as wait() and as_completed() are concerned.
_SETTLED_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


class Error(Exception):
    """Base class of the errors concurrent.futures raises."""


class CancelledError(Error):
    """The future was cancelled before it produced a result."""


# In 3.11 the module's TimeoutError is the built-in one.
TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The future is not in a state that allows the operation."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run work after a severe failure."""


def _report(message):
    """What logging's last-resort handler prints for LOGGER.exception(message)
    inside an except block: the message, then the traceback, on sys.stderr."""
    import traceback
    text = message + '\n' + ''.join(traceback.format_exception(*sys.exc_info()))
    sys.stderr.write(text)


class _Watcher:
    """Collects the futures that finish while one wait() or as_completed()
    call is waiting, and sets `event` once the call has what it waits for."""

    def __init__(self, mode, unfinished):
        self.mode = mode
        self.unfinished = unfinished
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.finished_futures = []

    def _arrived(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            self.unfinished -= 1
            if self.mode in (FIRST_COMPLETED, _AS_COMPLETED):
                wake = True
            elif self.mode == FIRST_EXCEPTION and failed:
                wake = True
            else:
                wake = self.unfinished <= 0
            if wake:
                self.event.set()

    # The names Future._become calls, one per way of finishing.
    def add_result(self, future):
        self._arrived(future, False)

    def add_exception(self, future):
        self._arrived(future, True)

    def add_cancelled(self, future):
        self._arrived(future, False)

    def take(self):
        # The futures that arrived since the last take(); rearms the event.
        with self.lock:
            arrived, self.finished_futures = self.finished_futures, []
            self.event.clear()
        return arrived


class _Locked:
    """Holds the conditions of several futures at once (always taken in the
    same order, so two such holders cannot deadlock)."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for f in self.futures:
            f._cond.acquire()

    def __exit__(self, *exc_info):
        for f in self.futures:
            f._cond.release()


def _watch(futures, mode, unfinished):
    # With the futures' conditions held: a watcher hung on each of them.
    watcher = _Watcher(mode, unfinished)
    for f in futures:
        f._watchers.append(watcher)
    return watcher


def _unwatch(futures, watcher):
    for f in futures:
        with f._cond:
            if watcher in f._watchers:
                f._watchers.remove(watcher)


def _unique(fs):
    """The futures of `fs` without repeats, in the order given."""
    seen = set()
    out = []
    for f in fs:
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out


def as_completed(fs, timeout=None):
    """Yields the futures of `fs` (each once) as they finish or are cancelled;
    raises TimeoutError if they have not all done so within `timeout` seconds."""
    deadline = None if timeout is None else time.monotonic() + timeout
    futures = _unique(fs)
    with _Locked(futures):
        ready = [f for f in futures if f._state in _SETTLED_STATES]
        waiting = set(futures).difference(ready)
        watcher = _watch(futures, _AS_COMPLETED, len(waiting))
    try:
        yield from ready
        while waiting:
            left = None
            if deadline is not None:
                left = deadline - time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished'
                                       % (len(waiting), len(futures)))
            watcher.event.wait(left)
            for f in watcher.take():
                if f in waiting:
                    waiting.remove(f)
                    yield f
    finally:
        _unwatch(futures, watcher)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _failed(future):
    return not future.cancelled() and future.exception() is not None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits until the futures of `fs` satisfy `return_when` (FIRST_COMPLETED,
    FIRST_EXCEPTION or ALL_COMPLETED) or `timeout` seconds pass; returns the
    sets of done and not-done futures as a DoneAndNotDoneFutures."""
    futures = set(fs)
    with _Locked(futures):
        done = {f for f in futures if f._state in _SETTLED_STATES}
        rest = futures - done
        satisfied = (not rest
                     or (return_when == FIRST_COMPLETED and done)
                     or (return_when == FIRST_EXCEPTION
                         and any(_failed(f) for f in done)))
        if satisfied:
            return DoneAndNotDoneFutures(done, rest)
        if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
            raise ValueError("Invalid return condition: %r" % return_when)
        watcher = _watch(futures, return_when, len(rest))
    watcher.event.wait(timeout)
    _unwatch(futures, watcher)
    done.update(watcher.take())
    return DoneAndNotDoneFutures(done, futures - done)


def _result_or_cancel(fut, timeout=None):
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()


def _cancel_all(futures):
    for f in futures:
        f.cancel()


class Future(object):
    """The outcome of a call that may not have finished yet."""

    def __init__(self):
        self._cond = threading.Condition()
        self._state = PENDING
        self._result = self._exception = None
        self._watchers = []     # the _Watchers of wait() / as_completed()
        self._callbacks = []    # add_done_callback()'s, in order

    def _become(self, state, tell=None):
        # With the condition held: enter `state`; `tell` names the _Watcher
        # method that passes the news on; a done state wakes result() and co.
        self._state = state
        if tell is not None:
            for w in self._watchers:
                getattr(w, tell)(self)
        if state in _DONE_STATES:
            self._cond.notify_all()

    def _is(self, states):
        with self._cond:
            return self._state in states

    def _invoke_callbacks(self):
        for callback in self._callbacks:
            try:
                callback(self)
            except Exception:
                _report('exception calling callback for %r' % (self,))

    def __repr__(self):
        with self._cond:
            state, exc, res = self._state, self._exception, self._result
        text = '<%s at %#x state=%s' % (type(self).__name__, id(self),
                                        _STATE_TO_DESCRIPTION_MAP[state])
        if state == FINISHED:
            verb, outcome = ('raised', exc) if exc else ('returned', res)
            text += ' %s %s' % (verb, type(outcome).__name__)
        return text + '>'

    def cancel(self):
        """Cancels the call unless it is running or done; returns whether the
        future is now cancelled."""
        with self._cond:
            if self._state != PENDING:
                return self._state in _CANCELLED_STATES
            self._become(CANCELLED)
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Whether the future was cancelled."""
        return self._is(_CANCELLED_STATES)

    def running(self):
        """Whether the call is running right now."""
        return self._is((RUNNING,))

    def done(self):
        """Whether the future finished or was cancelled."""
        return self._is(_DONE_STATES)

    def __get_result(self):
        if not self._exception:
            return self._result
        raise self._exception

    def add_done_callback(self, fn):
        """Calls fn(future) when the future finishes or is cancelled, or right
        away if it already has; callbacks run in the order they were added."""
        with self._cond:
            if self._state not in _DONE_STATES:
                return self._callbacks.append(fn)
        try:
            fn(self)
        except Exception:
            _report('exception calling callback for %r' % (self,))

    def _await_outcome(self, timeout):
        # With the condition held: waits (up to `timeout` seconds) for the
        # future to be done; the error to raise if it has no outcome, else
        # None. The callers raise it themselves, so that a traceback ends in
        # their frame as in CPython.
        if self._state not in _DONE_STATES:
            self._cond.wait(timeout)
        if self._state == FINISHED:
            return None
        return CancelledError if self._state in _CANCELLED_STATES else TimeoutError

    def result(self, timeout=None):
        """The call's return value, waiting up to `timeout` seconds for it;
        re-raises the call's exception, raises CancelledError or TimeoutError."""
        with self._cond:
            missing = self._await_outcome(timeout)
            if missing is CancelledError:
                raise CancelledError()
            elif missing is TimeoutError:
                raise TimeoutError()
            return self.__get_result()

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting up to
        `timeout` seconds; raises CancelledError or TimeoutError."""
        with self._cond:
            missing = self._await_outcome(timeout)
            if missing is CancelledError:
                raise CancelledError()
            elif missing is TimeoutError:
                raise TimeoutError()
            return self._exception

    def set_running_or_notify_cancel(self):
        """For executors: marks the future running and returns True, or, if
        it was cancelled, tells its watchers and returns False."""
        with self._cond:
            if self._state == PENDING:
                self._become(RUNNING)
                return True
            if self._state == CANCELLED:
                self._become(CANCELLED_AND_NOTIFIED, 'add_cancelled')
                return False
            sys.stderr.write('Future %s in unexpected state: %s\n' % (id(self), self._state))
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        # With the condition held, on a future not done yet.
        self._result, self._exception = result, exception
        self._become(FINISHED, 'add_result' if exception is None else 'add_exception')

    # set_result() and set_exception() raise from their own frames, so that
    # the traceback of a second call reads as CPython's.
    def set_result(self, result):
        """For executors: the call returned `result`."""
        with self._cond:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._finish(result, None)
        self._invoke_callbacks()

    def set_exception(self, exception):
        """For executors: the call raised `exception`."""
        with self._cond:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._finish(None, exception)
        self._invoke_callbacks()

    __class_getitem__ = classmethod(types.GenericAlias)


class Executor(object):
    """Runs calls asynchronously; subclasses say how (submit)."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs); returns its Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with the calls made concurrently: all are
        submitted now; the iterator yields their results in order, raising
        a call's exception, or TimeoutError once `timeout` seconds (counted
        from this call) have passed. `chunksize` only matters to process
        pools, which weft does not have."""
        end_time = None if timeout is None else time.monotonic() + timeout
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        fs.reverse()    # popped from the end: first submitted, first out

        def result_iterator():
            try:
                while fs:
                    if end_time is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                _cancel_all(fs)

        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Frees the executor's resources once the submitted calls are done
        (waiting for that when `wait` is true); `cancel_futures` cancels the
        calls that have not started. Safe to call more than once."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(True)
        return False
