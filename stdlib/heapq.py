"""Binary min-heaps kept in plain lists, plus merge/nsmallest/nlargest.

The five core operations come from the native _heapq module; this file adds
the Python-level pieces CPython's heapq exposes on top of them.  Everything
compares with "<" only, in the same order CPython does, so results with tied
keys and the sequence of __lt__ calls are the same.
"""

from _heapq import heappush, heappop, heapify, heapreplace, heappushpop

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


# --- sifting helpers -------------------------------------------------------
# Kept as module attributes because some programs call heapq._siftdown and
# heapq._siftup directly (e.g. after changing an element in place).

def _siftdown(heap, startpos, pos):
    # Bubble heap[pos] towards the root while it is smaller than its parent,
    # never rising above startpos.
    item = heap[pos]
    while pos > startpos:
        up = (pos - 1) >> 1
        above = heap[up]
        if not item < above:
            break
        heap[pos] = above
        pos = up
    heap[pos] = item


def _siftup(heap, pos):
    # Walk the hole at pos down to a leaf, always promoting the smaller child,
    # then settle the displaced item on the way back up.  Going all the way
    # down first needs fewer comparisons than stopping early on average.
    size = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        sibling = child + 1
        if sibling < size and not heap[child] < heap[sibling]:
            child = sibling
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, top, pos)


def _siftdown_max(heap, startpos, pos):
    # Mirror of _siftdown for a max-heap.
    item = heap[pos]
    while pos > startpos:
        up = (pos - 1) >> 1
        above = heap[up]
        if not above < item:
            break
        heap[pos] = above
        pos = up
    heap[pos] = item


def _siftup_max(heap, pos):
    # Mirror of _siftup for a max-heap: promote the larger child.
    size = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        sibling = child + 1
        if sibling < size and not heap[sibling] < heap[child]:
            child = sibling
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown_max(heap, top, pos)


# --- max-heap variants (native in CPython, so they check like C code) -------

def _need_list(value, fname, argpos=''):
    if not isinstance(value, list):
        raise TypeError('%s() argument %smust be list, not %s'
                        % (fname, argpos, type(value).__name__))


def _heappop_max(heap):
    """Maxheap variant of heappop."""
    _need_list(heap, '_heappop_max')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    biggest = heap[0]
    heap[0] = last
    _siftup_max(heap, 0)
    return biggest


def _heapreplace_max(heap, item):
    """Maxheap variant of heapreplace."""
    _need_list(heap, '_heapreplace_max', '1 ')
    if not heap:
        raise IndexError('index out of range')
    biggest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return biggest


def _heapify_max(x):
    """Maxheap variant of heapify."""
    _need_list(x, '_heapify_max')
    # Leaves are already heaps; fix the inner nodes from the bottom up.
    for node in range(len(x) // 2 - 1, -1, -1):
        _siftup_max(x, node)


# --- merge -----------------------------------------------------------------

def merge(*iterables, key=None, reverse=False):
    """Lazily merge already-sorted inputs into one sorted stream.

    Like sorted(itertools.chain(*iterables)) but without reading everything
    first.  Equal items come out in the order of the inputs they came from.
    key and reverse mean what they mean for sorted().

    >>> list(merge([1, 3, 5], [2, 4], [0]))
    [0, 1, 2, 3, 4, 5]
    """
    if reverse:
        build, drop, swap, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        build, drop, swap, sign = heapify, heappop, heapreplace, 1

    # One node per live input: [sort key, tie-breaker, value, bound __next__].
    # The tie-breaker is unique, so nodes never compare beyond it, and its sign
    # makes earlier inputs win ties in both directions.
    nodes = []
    for rank, source in enumerate(map(iter, iterables)):
        step = source.__next__
        try:
            value = step()
        except StopIteration:
            continue
        nodes.append([value if key is None else key(value), rank * sign,
                      value, step])
    build(nodes)

    while len(nodes) > 1:
        try:
            while True:
                node = nodes[0]
                yield node[2]
                value = node[3]()
                node[0] = value if key is None else key(value)
                node[2] = value
                swap(nodes, node)
        except StopIteration:
            drop(nodes)

    if nodes:
        # A single input left: pass the rest through untouched (key is not
        # called for these, as in CPython).
        last = nodes[0]
        yield last[2]
        yield from last[3].__self__


# --- nsmallest / nlargest ---------------------------------------------------

def _select(n, iterable, key, largest):
    # Shared body of nsmallest/nlargest.  Keeps the best n items seen so far in
    # a heap whose root is the worst of them, so each new item costs one
    # comparison unless it beats the root.  Entries are (sort key, order,
    # item); order is unique and grows in arrival order for nsmallest and
    # shrinks for nlargest, which makes the final sort stable both ways.
    if n == 1:
        missing = object()
        pick = max if largest else min
        found = pick(iter(iterable), default=missing, key=key)
        return [] if found is missing else [found]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]

    it = iter(iterable)
    if largest:
        orders = range(0, -n, -1)
    else:
        orders = range(n)
    # zip takes from orders first, so 'it' is not advanced past n items.
    if key is None:
        best = [(item, order, item) for order, item in zip(orders, it)]
    else:
        best = [(key(item), order, item) for order, item in zip(orders, it)]
    if not best:
        return best

    if largest:
        heapify(best)
        replace, order, step = heapreplace, -n, -1
    else:
        _heapify_max(best)
        replace, order, step = _heapreplace_max, n, 1
    worst = best[0][0]
    for item in it:
        k = item if key is None else key(item)
        if (worst < k) if largest else (k < worst):
            replace(best, (k, order, item))
            worst = best[0][0]
            order += step
    best.sort(reverse=largest)
    return [entry[2] for entry in best]


def nsmallest(n, iterable, key=None):
    """Return the n smallest items of iterable as a list, smallest first.

    Same result as sorted(iterable, key=key)[:n], ties included.
    """
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Return the n largest items of iterable as a list, largest first.

    Same result as sorted(iterable, key=key, reverse=True)[:n], ties included.
    """
    return _select(n, iterable, key, True)
