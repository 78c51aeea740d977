"""Queues for handing work from thread to thread.

weft's `queue`, in weft over threading's conditions: a get() on an empty
queue or a put() on a full one sleeps with the GIL released until another
thread makes room or adds an item. Classes, methods and messages follow
CPython 3.11; the code is weft's own.
"""

import threading
from collections import deque
from heapq import heappush, heappop
from time import monotonic as _now

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by a non-blocking or timed-out get() when nothing is queued."""


# CPython defines Empty in its C `_queue` module, and tracebacks say so.
Empty.__module__ = '_queue'


class Full(Exception):
    """Raised by a non-blocking or timed-out put() when a bounded queue is full."""


def _wait_until(condition, ready, block, timeout, failure):
    """With `condition` held: waits until `ready()`, or raises `failure`.

    `block=False` looks once; otherwise `timeout` None waits as long as it
    takes and a number bounds the wait in seconds.
    """
    if not block:
        if not ready():
            raise failure
        return
    if timeout is None:
        while not ready():
            condition.wait()
        return
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    deadline = _now() + timeout
    while not ready():
        left = deadline - _now()
        if left <= 0.0:
            raise failure
        condition.wait(left)


class Queue:
    """A first-in, first-out queue, bounded to `maxsize` items when that is > 0.

    It also counts unfinished tasks: each put() adds one, each task_done()
    removes one, and join() waits until the count is back to zero.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock guards the items; three conditions on it say what changed.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def _has_room(self):
        return self.maxsize <= 0 or self._qsize() < self.maxsize

    def put(self, item, block=True, timeout=None):
        """Adds `item`; on a full queue waits for room, or raises Full as get() raises Empty."""
        with self.not_full:
            if self.maxsize > 0:
                _wait_until(self.not_full, self._has_room, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Removes and returns the next item, waiting for one if the queue is empty.

        With `block` false it raises Empty at once instead; with a `timeout`
        it raises Empty once that many seconds pass without an item.
        """
        with self.not_empty:
            _wait_until(self.not_empty, self._qsize, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def task_done(self):
        """Says that one item taken with get() has been dealt with."""
        with self.all_tasks_done:
            if self.unfinished_tasks <= 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks -= 1
            if self.unfinished_tasks == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        """Waits until every item ever put has been got and marked task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """How many items are queued right now (other threads may change it at once)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return self._qsize() == 0

    def full(self):
        with self.mutex:
            return not self._has_room()

    # Where the items live. Subclasses change the order by overriding these.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class LifoQueue(Queue):
    """A last-in, first-out queue (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    """A queue that always hands out its smallest item, e.g. the lowest `(priority, data)`."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class SimpleQueue:
    """An unbounded FIFO queue with no task counting; put() never waits."""

    def __init__(self):
        self._items = deque()
        self._available = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        """Adds `item` (the extra arguments are accepted for Queue compatibility)."""
        self._items.append(item)
        self._available.release()

    def put_nowait(self, item):
        self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Removes and returns the oldest item, waiting as Queue.get() does."""
        if not block:
            got = self._available.acquire(False)
        elif timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        else:
            got = self._available.acquire(True, timeout)
        if not got:
            raise Empty
        return self._items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)
