"""ThreadPoolExecutor: calls run by a pool of worker threads.

weft's `concurrent.futures.thread`, in weft over threading and
queue.SimpleQueue. As in CPython 3.11: workers are started one per submit()
until max_workers exist, but not while one is idle; they are non-daemon
threads named `<prefix>_<n>`; an initializer that raises breaks the pool;
and at interpreter exit (threading._register_atexit) every pool's workers
finish the work already submitted and are joined, whether or not shutdown()
was called. The code is weft's own; the work item's `run` keeps CPython's
name and call line so that tracebacks through it print the same.

weft has no weak references, so a worker holds its executor strongly: an
executor that is dropped without shutdown() keeps its idle workers until the
interpreter exits (CPython stops them when the executor is collected).
"""

import itertools
import os
import queue
import sys
import threading
import types

from concurrent.futures import _base

# Worker thread -> its pool's work queue, for every pool not yet shut down
# with wait=True; the exit hook wakes them all and waits for them.
_threads_queues = {}
_shutdown = False
_global_shutdown_lock = threading.Lock()


def _finish_at_exit():
    # No submit() from now on; each idle worker gets a wake-up, sees the
    # flag and leaves once its queue is empty; then all of them are joined.
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    threads = list(_threads_queues)
    for t in threads:
        _threads_queues[t].put(None)
    for t in threads:
        t.join()


threading._register_atexit(_finish_at_exit)


class _WorkItem(object):
    """One submitted call and the future that receives its outcome."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(types.GenericAlias)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base._report('Exception in initializer:')
            executor._initializer_failed()
            return
    try:
        while True:
            item = work_queue.get(block=True)
            if item is not None:
                item.run()
                del item
                # One more idle worker the next submit() can count on.
                executor._idle_semaphore.release()
                continue
            # A wake-up: leave if the pool or the interpreter is shutting
            # down, passing the wake-up on to the next worker.
            if _shutdown or executor._shutdown:
                executor._shutdown = True
                work_queue.put(None)
                return
    except BaseException:
        _base._report('Exception in worker')


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker thread's initializer failed; the pool can run nothing more."""


class ThreadPoolExecutor(_base.Executor):
    """An Executor that runs each call on one of up to `max_workers` threads."""

    # Numbers the pools whose threads get the default name prefix.
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            # As CPython: enough threads for I/O-bound calls, at most 32.
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix
                                    or "ThreadPoolExecutor-%d" % self._counter())
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs) on the pool; returns its Future."""
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._start_worker_if_needed()
            return future

    def _start_worker_if_needed(self):
        # An idle worker will pick the item up; otherwise grow the pool.
        if self._idle_semaphore.acquire(timeout=0):
            return
        count = len(self._threads)
        if count >= self._max_workers:
            return
        name = '%s_%d' % (self._thread_name_prefix or self, count)
        t = threading.Thread(name=name, target=_worker,
                             args=(self, self._work_queue,
                                   self._initializer, self._initargs))
        t.start()
        self._threads.add(t)
        _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            for item in self._drain():
                item.future.set_exception(BrokenThreadPool(self._broken))

    def _drain(self):
        # The work items still queued, taken off the queue.
        items = []
        while True:
            try:
                item = self._work_queue.get_nowait()
            except queue.Empty:
                return items
            if item is not None:
                items.append(item)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No more submits; `cancel_futures` cancels the queued calls; `wait`
        waits until the workers have finished the rest and exited."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                for item in self._drain():
                    item.future.cancel()
            # Wakes a worker blocked on the queue; each passes it on.
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
            # Joined: the exit hook need not know them any more (CPython's
            # weak dictionary forgets them when they are collected).
            with _global_shutdown_lock:
                for t in self._threads:
                    _threads_queues.pop(t, None)
