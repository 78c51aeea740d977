"""Futures, the Executor interface, wait() and as_completed().

weft's `concurrent.futures._base`, in weft over threading: a Future guards its
state with a Condition, and wait()/as_completed() hang a _Watcher on each
future they wait for, which the future tells when it finishes. States,
reprs, messages and the order of events follow CPython 3.11; the code is
weft's own. Function names and the source lines that show up in tracebacks
(`result`, `__get_result`, `_result_or_cancel`, `result_iterator`,
`_invoke_callbacks`) are CPython's, so an exception re-raised by result()
prints the same traceback in both.

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

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# The life of a future: PENDING -> RUNNING -> FINISHED, or PENDING ->
# CANCELLED -> CANCELLED_AND_NOTIFIED (the executor saw the cancellation and
# told the watchers).
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)


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

    def add_result(self, future):
        self._arrived(future, False)

    def add_exception(self, future):
        self._arrived(future, True)

    def add_cancelled(self, future):
        self._arrived(future, False)


class _Locked:
    """Holds the conditions of several futures at once (always taken in the
    same order, so two such holders cannot deadlock)."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for f in self.futures:
            f._condition.acquire()

    def __exit__(self, *exc_info):
        for f in self.futures:
            f._condition.release()


def _unique(fs):
    """The futures of `fs` without repeats, in the order given."""
    seen = set()
    out = []
    for f in fs:
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out


def _detach(futures, watcher):
    for f in futures:
        with f._condition:
            if watcher in f._waiters:
                f._waiters.remove(watcher)


def as_completed(fs, timeout=None):
    """Yields the futures of `fs` (each once) as they finish or are cancelled;
    raises TimeoutError if they have not all done so within `timeout` seconds."""
    if timeout is not None:
        deadline = time.monotonic() + timeout
    futures = _unique(fs)
    total = len(futures)
    with _Locked(futures):
        ready = [f for f in futures if f._state in (CANCELLED_AND_NOTIFIED, FINISHED)]
        pending = set(futures).difference(ready)
        watcher = _Watcher(_AS_COMPLETED, len(pending))
        for f in futures:
            f._waiters.append(watcher)
    try:
        for f in ready:
            yield f
        while pending:
            if timeout is None:
                remaining = None
            else:
                remaining = deadline - time.monotonic()
                if remaining < 0:
                    raise TimeoutError('%d (of %d) futures unfinished'
                                       % (len(pending), total))
            watcher.event.wait(remaining)
            with watcher.lock:
                arrived = watcher.finished_futures
                watcher.finished_futures = []
                watcher.event.clear()
            for f in arrived:
                if f in pending:
                    pending.discard(f)
                    yield f
    finally:
        _detach(futures, watcher)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits until the futures of `fs` satisfy `return_when` (FIRST_COMPLETED,
    FIRST_EXCEPTION or ALL_COMPLETED) or `timeout` seconds pass; returns the
    sets of done and not-done futures as a DoneAndNotDoneFutures."""
    futures = set(fs)
    with _Locked(futures):
        done = {f for f in futures if f._state in (CANCELLED_AND_NOTIFIED, FINISHED)}
        not_done = futures - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and any(
                not f.cancelled() and f.exception() is not None for f in done):
            return DoneAndNotDoneFutures(done, not_done)
        if not not_done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
            raise ValueError("Invalid return condition: %r" % return_when)
        watcher = _Watcher(return_when, len(not_done))
        for f in futures:
            f._waiters.append(watcher)
    watcher.event.wait(timeout)
    _detach(futures, watcher)
    with watcher.lock:
        done.update(watcher.finished_futures)
    return DoneAndNotDoneFutures(done, futures - done)


def _result_or_cancel(fut, timeout=None):
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()


class Future(object):
    """The result of a call that may not have finished yet."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _report('exception calling callback for %r' % (self,))

    def __repr__(self):
        with self._condition:
            head = '<%s at %#x state=%s' % (type(self).__name__, id(self),
                                            _STATE_TO_DESCRIPTION_MAP[self._state])
            if self._state != FINISHED:
                return head + '>'
            if self._exception:
                return '%s raised %s>' % (head, type(self._exception).__name__)
            return '%s returned %s>' % (head, type(self._result).__name__)

    def cancel(self):
        """Cancels the call unless it is running or done; returns whether the
        future is now cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _CANCELLED_STATES:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Whether the future was cancelled."""
        with self._condition:
            return self._state in _CANCELLED_STATES

    def running(self):
        """Whether the call is running right now."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Whether the future finished or was cancelled."""
        with self._condition:
            return self._state in _DONE_STATES

    def __get_result(self):
        if self._exception:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        """Calls fn(future) when the future finishes or is cancelled, or right
        away if it already has; callbacks run in the order they were added."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _report('exception calling callback for %r' % (self,))

    def _wait_done(self, timeout):
        # With the condition held: wait for the future to finish; raise
        # CancelledError or TimeoutError when it will not produce an outcome.
        if self._state not in _DONE_STATES:
            self._condition.wait(timeout)
        if self._state in _CANCELLED_STATES:
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, waiting up to `timeout` seconds for it;
        re-raises the call's exception, raises CancelledError or TimeoutError."""
        with self._condition:
            self._wait_done(timeout)
            return self.__get_result()

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting up to
        `timeout` seconds; raises CancelledError or TimeoutError."""
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    def set_running_or_notify_cancel(self):
        """For executors: marks the future running and returns True, or, if
        it was cancelled, tells its watchers and returns False."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for w in self._waiters:
                    w.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            sys.stderr.write('Future %s in unexpected state: %s\n' % (id(self), self._state))
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for w in self._waiters:
                if exception is None:
                    w.add_result(self)
                else:
                    w.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        """For executors: the call returned `result`."""
        self._finish(result, None)

    def set_exception(self, exception):
        """For executors: the call raised `exception`."""
        self._finish(None, exception)

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
        if timeout is not None:
            deadline = time.monotonic() + timeout
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), deadline - time.monotonic())
            finally:
                for f in fs:
                    f.cancel()

        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Frees the executor's resources once the submitted calls are done
        (waiting for that when `wait` is true); `cancel_futures` cancels the
        calls that have not started. Safe to call more than once."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
