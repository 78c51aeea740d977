"""Running calls asynchronously: futures, executors, wait() and as_completed().

weft's `concurrent.futures`, written in weft over threading and queue (see
_base.py and thread.py). It has everything CPython 3.11's has except
ProcessPoolExecutor: weft runs in one process and cannot start others, so
that name is not defined here and importing it fails as for any missing name.
"""

from concurrent.futures._base import (
    ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, BrokenExecutor,
    CancelledError, Executor, Future, InvalidStateError, TimeoutError,
    as_completed, wait)
from concurrent.futures.thread import ThreadPoolExecutor

# CPython's list without ProcessPoolExecutor, in CPython's order.
__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'CancelledError', 'TimeoutError', 'BrokenExecutor', 'Future',
           'Executor', 'wait', 'as_completed', 'ThreadPoolExecutor')
