"""Container ABCs: the classes that collections.abc exports.

Two kinds live here.  "Protocol" ABCs (Iterable, Sized, Hashable, ...)
accept any class whose MRO supplies their methods, so a plain class with
``__len__`` is a Sized without registering.  "Shape" ABCs (Sequence, Mapping,
Set and the mutable variants) need inheritance or ``register()``, and in
return give their subclasses derived methods written on top of a small
abstract core.  The built-in containers are registered with the shapes they
have, the way CPython 3.11 registers them.
"""

from abc import ABCMeta, abstractmethod
import sys

# Public names, in CPython's order.
__all__ = """
    Awaitable Coroutine AsyncIterable AsyncIterator AsyncGenerator
    Hashable Iterable Iterator Generator Reversible Sized Container
    Callable Collection Set MutableSet Mapping MutableMapping
    MappingView KeysView ItemsView ValuesView Sequence MutableSequence
    ByteString
""".split()

# Every class below is created while __name__ says "collections.abc", so that
# is what their __module__ (and so their repr) shows.
__name__ = "collections.abc"

_Alias = type(list[int])


def _sample_function():
    pass


_FunctionType = type(_sample_function)
del _sample_function


# ---------------------------------------------------------------------------
# Structural recognition
# ---------------------------------------------------------------------------

_NOT_FOUND = object()

# ABC -> names a class must provide to count as one of its subclasses.
_PROTOCOLS = {}


def _resolve(klass, name):
    """What attribute lookup on `klass` would find first for `name`
    (scanning the class dictionaries of the MRO), or _NOT_FOUND."""
    for owner in klass.__mro__:
        found = owner.__dict__.get(name, _NOT_FOUND)
        if found is not _NOT_FOUND:
            return found
    return _NOT_FOUND


def _provides(klass, names):
    """True when `klass` supplies every one of `names`; a name that resolves
    to None counts as explicitly switched off.  Otherwise NotImplemented, so
    that ABCMeta still consults registration and real inheritance."""
    for name in names:
        found = _resolve(klass, name)
        if found is None or found is _NOT_FOUND:
            return NotImplemented
    return True


def _protocol_hook(cls, candidate):
    # Shared __subclasshook__: only the ABC that declared the protocol uses
    # it; subclasses of that ABC (user classes, Set, Sequence, ...) defer.
    names = _PROTOCOLS.get(cls)
    if names is None:
        return NotImplemented
    return _provides(candidate, names)


def _protocol(*names):
    """Class decorator: recognise structurally any class providing `names`."""
    def install(cls):
        _PROTOCOLS[cls] = names
        cls.__subclasshook__ = classmethod(_protocol_hook)
        return cls
    return install


def _simple_abc(name, method, default, generic):
    """Make a protocol ABC with the single abstract `method`, whose default
    implementation (reachable through super()) is the function `default`."""
    default.__name__ = method
    default.__qualname__ = name + "." + method
    body = {"__slots__": (), "__module__": __name__,
            method: abstractmethod(default)}
    if generic:
        body["__class_getitem__"] = classmethod(_Alias)
    return _protocol(method)(ABCMeta(name, (), body))


def _zero_hash(self):
    return 0


def _zero_len(self):
    return 0


def _false(self, *args, **kwargs):
    return False


def _nothing(self):
    return
    yield


def _single_none(self):
    yield


def _no_async_iterator(self):
    return AsyncIterator()


Hashable = _simple_abc("Hashable", "__hash__", _zero_hash, False)
Awaitable = _simple_abc("Awaitable", "__await__", _single_none, True)
AsyncIterable = _simple_abc("AsyncIterable", "__aiter__", _no_async_iterator, True)
Iterable = _simple_abc("Iterable", "__iter__", _nothing, True)
Sized = _simple_abc("Sized", "__len__", _zero_len, False)
Container = _simple_abc("Container", "__contains__",
                        lambda self, x: False, True)


# ---------------------------------------------------------------------------
# Iterators, generators, coroutines
# ---------------------------------------------------------------------------

def _raise_thrown(typ, val, tb):
    # Default for throw()/athrow(): raise what the caller asked for.
    if val is None:
        val = typ if tb is None else typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


@_protocol("__iter__", "__next__")
class Iterator(Iterable):
    """An Iterable that is its own iterator; subclasses supply __next__."""

    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


@_protocol("__reversed__", "__iter__")
class Reversible(Iterable):

    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return
        yield


def _driven_methods(owner):
    """send(), throw() and close() as Generator and Coroutine define them;
    `owner` is the class name (close() reports it in lower case)."""

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError(owner.lower() + " ignored GeneratorExit")

    for fn in (send, throw, close):
        fn.__qualname__ = owner + "." + fn.__name__
    return send, throw, close


@_protocol("__iter__", "__next__", "send", "throw", "close")
class Generator(Iterator):
    """Iterator driven by send()/throw(); next() is send(None)."""

    __slots__ = ()

    def __next__(self):
        return self.send(None)

    send, throw, close = _driven_methods("Generator")


@_protocol("__await__", "send", "throw", "close")
class Coroutine(Awaitable):

    __slots__ = ()

    send, throw, close = _driven_methods("Coroutine")


# weft has no async/await: these exist for imports and isinstance(), and
# their methods are ordinary functions rather than coroutines.

@_protocol("__anext__", "__aiter__")
class AsyncIterator(AsyncIterable):

    __slots__ = ()

    @abstractmethod
    def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self


@_protocol("__aiter__", "__anext__", "asend", "athrow", "aclose")
class AsyncGenerator(AsyncIterator):

    __slots__ = ()

    def __anext__(self):
        return self.asend(None)

    @abstractmethod
    def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def aclose(self):
        return self.athrow(GeneratorExit)


@_protocol("__len__", "__iter__", "__contains__")
class Collection(Sized, Iterable, Container):

    __slots__ = ()


# ---------------------------------------------------------------------------
# Callable, and Callable[[args], result]
# ---------------------------------------------------------------------------

def _is_signature_form(obj):
    """True for the argument parts of Callable that are not a list of types:
    "..." and typing's ParamSpec / Concatenate objects."""
    if obj is ...:
        return True
    kind = type(obj)
    return (kind.__module__ == "typing"
            and kind.__name__ in ("ParamSpec", "_ConcatenateGenericAlias"))


def _show(obj):
    # typing-style spelling of one member of a Callable alias.
    if obj is ...:
        return "..."
    if isinstance(obj, type) and not isinstance(obj, _Alias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _unflattened(members):
    # Callable[..., R] (or a ParamSpec form) keeps its two members as given.
    return len(members) == 2 and _is_signature_form(members[0])


class _CallableAlias(_Alias):
    """Callable[[A, B], R]: stored flat, as __args__ == (A, B, R), and
    shown with the argument list restored."""

    __slots__ = ()

    def __new__(cls, origin, args):
        if type(args) is not tuple or len(args) != 2:
            raise TypeError(
                "Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (list, tuple)):
            flat = tuple(params) + (result,)
        elif _is_signature_form(params):
            flat = args
        else:
            raise TypeError("Expected a list of types, an ellipsis, "
                            "ParamSpec, or Concatenate. Got %s" % (params,))
        return super().__new__(cls, origin, flat)

    def __getitem__(self, item):
        # GenericAlias substitutes the type variables in the flat argument
        # tuple; the result is rebuilt in the Callable[[args], result] shape
        # (a ParamSpec replaced by a list of types splices that list in).
        flat = super().__getitem__(item).__args__
        params, result = flat[:-1], flat[-1]
        if len(params) == 1 and isinstance(params[0], (list, tuple)):
            params = list(params[0])
        elif len(params) == 1 and _is_signature_form(params[0]):
            params = params[0]
        else:
            params = list(params)
        return _CallableAlias(self.__origin__, (params, result))

    def __repr__(self):
        if _unflattened(self.__args__):
            return super().__repr__()
        *params, result = self.__args__
        shown = ", ".join(map(_show, params))
        return "collections.abc.Callable[[%s], %s]" % (shown, _show(result))

    def __reduce__(self):
        members = self.__args__
        if not _unflattened(members):
            members = (list(members[:-1]), members[-1])
        return _CallableAlias, (Callable, members)


Callable = _simple_abc("Callable", "__call__", _false, False)
Callable.__class_getitem__ = classmethod(_CallableAlias)


# ---------------------------------------------------------------------------
# Sets
# ---------------------------------------------------------------------------

def _members_in(items, container):
    for item in items:
        if item not in container:
            return False
    return True


def _inclusion(name, sizes_fit, contents_fit):
    def compare(self, other):
        if isinstance(other, Set):
            return sizes_fit(len(self), len(other)) and contents_fit(self, other)
        return NotImplemented
    compare.__name__ = name
    compare.__qualname__ = "Set." + name
    return compare


def _set_operator(name, coerce, combine):
    def operator(self, other):
        if isinstance(other, Iterable):
            if coerce and not isinstance(other, Set):
                other = self._from_iterable(other)
            return combine(self, other)
        return NotImplemented
    operator.__name__ = name
    operator.__qualname__ = "Set." + name
    return operator


class Set(Collection):
    """Finite collection of distinct elements.

    Subclasses provide __contains__, __iter__ and __len__ and get ordering
    by inclusion, equality, isdisjoint() and the & | - ^ operators.  New
    sets are made by the _from_iterable classmethod (cls(iterable) by
    default); override it for constructors with another signature.
    """

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    # Inclusion orderings: a size test, then a membership scan (the strict
    # ones and == reuse the non-strict method, as CPython's do).
    __le__ = _inclusion("__le__", lambda m, n: m <= n, lambda a, b: _members_in(a, b))
    __ge__ = _inclusion("__ge__", lambda m, n: m >= n, lambda a, b: _members_in(b, a))
    __lt__ = _inclusion("__lt__", lambda m, n: m < n, lambda a, b: a.__le__(b))
    __gt__ = _inclusion("__gt__", lambda m, n: m > n, lambda a, b: a.__ge__(b))
    __eq__ = _inclusion("__eq__", lambda m, n: m == n, lambda a, b: a.__le__(b))

    def isdisjoint(self, other):
        """Whether no element of `other` is in this set."""
        return not any(item in self for item in other)

    # & and | take any iterable as it is; -, reversed - and ^ first turn a
    # non-Set iterable into a set of this kind.
    __and__ = __rand__ = _set_operator(
        "__and__", False, lambda a, b: a._from_iterable(x for x in b if x in a))
    __or__ = __ror__ = _set_operator(
        "__or__", False,
        lambda a, b: a._from_iterable(x for part in (a, b) for x in part))
    __sub__ = _set_operator(
        "__sub__", True, lambda a, b: a._from_iterable(x for x in a if x not in b))
    __rsub__ = _set_operator(
        "__rsub__", True, lambda a, b: a._from_iterable(x for x in b if x not in a))
    __xor__ = __rxor__ = _set_operator(
        "__xor__", True, lambda a, b: (a - b) | (b - a))

    def _hash(self):
        """Order-independent hash of the elements, computed as frozenset's
        is.  Not installed as __hash__ (a Set may be mutable); immutable
        subclasses can say ``__hash__ = Set._hash``."""
        width = 2 * sys.maxsize + 1
        acc = (len(self) + 1) * 1927868237
        for item in self:
            h = hash(item)
            acc ^= (h ^ (h << 16) ^ 89869747) * 3644798167
        acc &= width
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & width
        if acc > sys.maxsize:
            acc -= width + 1
        return 590923713 if acc == -1 else acc


class MutableSet(Set):
    """Set with add() and discard() supplied by subclasses; remove(), pop(),
    clear() and the in-place operators are derived from them."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        """Like discard(), but KeyError for a missing element."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Take out an arbitrary element (KeyError when empty)."""
        for element in self:
            break
        else:
            raise KeyError from None
        self.discard(element)
        return element

    def clear(self):
        while True:
            try:
                self.pop()
            except KeyError:
                return

    # In-place operators.  x -= x and x ^= x empty x through clear(), since
    # iterating a set while removing from it is not safe.

    def __ior__(self, it):
        for element in it:
            self.add(element)
        return self

    def __iand__(self, it):
        for element in self - it:
            self.discard(element)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        toggles = it if isinstance(it, Set) else self._from_iterable(it)
        for element in toggles:
            (self.discard if element in self else self.add)(element)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for element in it:
            self.discard(element)
        return self


# ---------------------------------------------------------------------------
# Mappings and their views
# ---------------------------------------------------------------------------

_MISSING = object()


def _lookup(mapping, key):
    # mapping[key], or _MISSING when that raises KeyError.
    try:
        return mapping[key]
    except KeyError:
        return _MISSING


class Mapping(Collection):
    """Read-only key -> value container.

    Subclasses provide __getitem__, __iter__ and __len__; lookups with a
    default, membership, the three views and equality are derived.
    """

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key] if present, else `default`."""
        found = _lookup(self, key)
        return default if found is _MISSING else found

    def __contains__(self, key):
        return _lookup(self, key) is not _MISSING

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    # Mappings are not reversible unless a subclass says otherwise.
    __reversed__ = None


class MappingView(Sized):

    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._mapping)

    __class_getitem__ = classmethod(_Alias)


def _same_or_equal(a, b):
    return a is b or a == b


class KeysView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, wanted = item
        stored = _lookup(self._mapping, key)
        return stored is not _MISSING and _same_or_equal(stored, wanted)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]


class ValuesView(MappingView, Collection):

    __slots__ = ()

    def __contains__(self, value):
        return any(_same_or_equal(stored, value) for stored in self)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


class MutableMapping(Mapping):
    """Mapping whose subclasses also provide __setitem__ and __delitem__;
    pop(), popitem(), clear(), update() and setdefault() are derived."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_MISSING):
        """Remove `key` and return its value; `default` (or KeyError) when
        it is absent."""
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError when empty."""
        for key in self:
            break
        else:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Store the pairs of a mapping (or of an object with keys()), or of
        an iterable of pairs, then the keyword arguments."""
        if isinstance(other, Mapping):
            pairs = ((k, other[k]) for k in other)
        elif hasattr(other, "keys"):
            pairs = ((k, other[k]) for k in other.keys())
        else:
            pairs = other
        for k, v in pairs:
            self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def setdefault(self, key, default=None):
        """self[key], first storing `default` there if the key is absent."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default


# ---------------------------------------------------------------------------
# Sequences
# ---------------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """Read-only container indexed by 0..len-1.

    Subclasses provide __getitem__ (raising IndexError past the end) and
    __len__; iteration, membership, reversed(), index() and count() are
    derived.
    """

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        position = 0
        while True:
            try:
                item = self[position]
            except IndexError:
                return
            yield item
            position += 1

    def __contains__(self, value):
        return any(_same_or_equal(item, value) for item in self)

    def __reversed__(self):
        for position in range(len(self) - 1, -1, -1):
            yield self[position]

    def index(self, value, start=0, stop=None):
        """Position of the first item equal to `value` within [start:stop];
        ValueError if there is none."""
        if (start or 0) < 0:
            start = max(0, start + len(self))
        if (stop or 0) < 0:
            stop += len(self)
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if _same_or_equal(item, value):
                return position
            position += 1
        raise ValueError

    def count(self, value):
        """How many items equal `value`."""
        total = 0
        for item in self:
            if _same_or_equal(item, value):
                total += 1
        return total


class ByteString(Sequence):
    """Sequence of bytes: bytes and bytearray."""

    __slots__ = ()


class MutableSequence(Sequence):
    """Sequence whose subclasses also provide __setitem__, __delitem__ and
    insert(); append(), clear(), reverse(), extend(), pop(), remove() and
    += are derived."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Put `value` in front of position `index`."""
        raise IndexError

    def append(self, value):
        """Add `value` at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Empty the sequence."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverse the items in place."""
        low, high = 0, len(self) - 1
        while low < high:
            self[low], self[high] = self[high], self[low]
            low += 1
            high -= 1

    def extend(self, values):
        """Append every item of `values` (which may be this sequence)."""
        for value in (list(values) if values is self else values):
            self.append(value)

    def pop(self, index=-1):
        """Remove and return the item at `index` (the last by default)."""
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        """Delete the first item equal to `value`; ValueError if none."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ---------------------------------------------------------------------------
# Built-in types
# ---------------------------------------------------------------------------

def _generator_function():
    yield


_BUILTIN_IMPLEMENTATIONS = (
    (Iterator, (
        iter(b""), iter({}.keys()), iter({}.values()), iter({}.items()),
        iter([]), reversed([]), iter(range(0)), iter(set()), iter(""),
        iter(()), zip(),
    )),
    (Generator, (_generator_function(),)),
    (KeysView, ({}.keys(),)),
    (ItemsView, ({}.items(),)),
    (ValuesView, ({}.values(),)),
    (Set, (frozenset(),)),
    (MutableSet, (set(),)),
    (MutableMapping, ({},)),
    (Sequence, ((), "", range(0))),
    (ByteString, (b"", bytearray())),
    (MutableSequence, ([], bytearray())),
)

for _abc, _samples in _BUILTIN_IMPLEMENTATIONS:
    for _sample in _samples:
        _abc.register(type(_sample))
del _abc, _samples, _sample, _generator_function, _BUILTIN_IMPLEMENTATIONS

# The array module registers array.array itself when it is imported after
# this module; if it was imported first, do it here.
if "array" in sys.modules:
    MutableSequence.register(sys.modules["array"].array)
