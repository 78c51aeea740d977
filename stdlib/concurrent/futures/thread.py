"""ThreadPoolExecutor: calls run by a pool of worker threads.

weft's `concurrent.futures.thread`, written for weft over threading and
queue.SimpleQueue. Observable behaviour follows CPython 3.11: a worker is
added on submit() while the pool is below max_workers and no worker is idle;
workers are non-daemon threads named `<prefix>_<n>`; a failing initializer
breaks the pool; and at interpreter exit (threading._register_atexit) every
live pool finishes what was submitted and its workers are joined, shut down
or not. The work item's `run` and the worker's initializer call keep
CPython's names and lines so that tracebacks through them read the same.

weft has no weak references, so a worker holds its executor strongly: an
executor dropped without shutdown() keeps its idle workers until the
interpreter exits (CPython stops them when the executor is collected).
"""

import itertools
import os
import queue
import threading
import types

from concurrent.futures import _base

# Put on a pool's queue to make a blocked worker look at the shutdown flags;
# a worker that leaves puts it back for the next one.
_WAKE = None

# Every live worker of a pool not yet shut down with wait=True, mapped to the
# pool's queue: the exit hook wakes them all and joins them.
_live_workers = {}
_exiting = False
_exit_lock = threading.Lock()


def _finish_at_exit():
    global _exiting
    with _exit_lock:
        _exiting = True
    pending = list(_live_workers.items())
    for _, q in pending:
        q.put(_WAKE)
    for worker, _ in pending:
        worker.join()


threading._register_atexit(_finish_at_exit)


class _WorkItem:
    """A submitted call: fn, its arguments and the Future it reports to."""

    def __init__(self, fn, args, kwargs, future):
        self.future, self.fn = future, fn
        self.args, self.kwargs = args, kwargs

    def run(self):
        fut = self.future
        if fut.set_running_or_notify_cancel():
            try:
                result = self.fn(*self.args, **self.kwargs)
            except BaseException as err:
                fut.set_exception(err)
                return
            fut.set_result(result)

    __class_getitem__ = classmethod(types.GenericAlias)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base._report('Exception in initializer:')
            return executor._initializer_failed()
    try:
        while True:
            job = work_queue.get()
            if job is not _WAKE:
                job.run()
                job = None
                executor._idle.release()   # free for the next submit()
            elif _exiting or executor._shutdown:
                executor._shutdown = True
                work_queue.put(_WAKE)
                break
    except BaseException:
        _base._report('Exception in worker')


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker thread's initializer failed; the pool can run nothing more."""


# Numbers the pools that get the default thread-name prefix.
_pool_numbers = itertools.count()


class ThreadPoolExecutor(_base.Executor):
    """An Executor that runs each call on one of up to `max_workers` threads."""

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        # Default as in CPython: room for I/O-bound calls, never over 32.
        if max_workers is None:
            max_workers = min((os.cpu_count() or 1) + 4, 32)
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if not (initializer is None or callable(initializer)):
            raise TypeError("initializer must be a callable")
        if not thread_name_prefix:
            thread_name_prefix = 'ThreadPoolExecutor-%d' % next(_pool_numbers)
        self._max_workers = max_workers
        self._thread_name_prefix = thread_name_prefix
        self._init_call = (initializer, initargs)
        self._threads = set()
        self._queue = queue.SimpleQueue()
        self._idle = threading.Semaphore(0)
        self._lock = threading.Lock()
        self._shutdown = self._broken = False

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs) on the pool; returns its Future."""
        with self._lock, _exit_lock:
            if self._broken or self._shutdown or _exiting:
                if self._broken:
                    raise BrokenThreadPool(self._broken)
                if not self._shutdown:
                    raise RuntimeError('cannot schedule new futures after '
                                       'interpreter shutdown')
                raise RuntimeError('cannot schedule new futures after shutdown')
            item = _WorkItem(fn, args, kwargs, _base.Future())
            self._queue.put(item)
            # An idle worker will take it; otherwise add one if there is room.
            if not self._idle.acquire(timeout=0):
                if len(self._threads) < self._max_workers:
                    self._add_worker()
            return item.future

    def _add_worker(self):
        name = '%s_%d' % (self._thread_name_prefix, len(self._threads))
        initializer, initargs = self._init_call
        worker = threading.Thread(
            target=_worker, name=name,
            args=(self, self._queue, initializer, initargs))
        worker.start()
        self._threads.add(worker)
        _live_workers[worker] = self._queue

    def _take_queued(self):
        # Empties the queue; returns the work items it held, in order.
        taken = []
        while True:
            try:
                job = self._queue.get_nowait()
            except queue.Empty:
                return taken
            if job is not _WAKE:
                taken.append(job)

    def _initializer_failed(self):
        with self._lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            for job in self._take_queued():
                job.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No more submits; `cancel_futures` cancels the queued calls; `wait`
        waits until the workers have finished the rest and exited."""
        with self._lock:
            self._shutdown = True
            if cancel_futures:
                for job in self._take_queued():
                    job.future.cancel()
            self._queue.put(_WAKE)
        if not wait:
            return
        for worker in list(self._threads):
            worker.join()
        # Joined workers need no exit-time join (CPython's weak dictionary
        # forgets them once they are collected).
        with _exit_lock:
            for worker in self._threads:
                _live_workers.pop(worker, None)
