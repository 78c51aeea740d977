"""Container datatypes: deque, defaultdict, Counter, OrderedDict, ChainMap,
namedtuple and the User* wrappers, behaving (reprs and error messages
included) like CPython 3.11's.

deque is native (`_collections`) since queues sit on hot paths.  The others
are thin subclasses of dict/tuple or wrappers around one, so the Python here
mostly decides *which* dict operation to run; dict does the work.
"""

import _collections_abc
import abc as _abc
from keyword import iskeyword as _reserved
from _collections import deque, _caller_module, _defaultdict_missing

_collections_abc.MutableSequence.register(deque)

__all__ = [
    "ChainMap",
    "Counter",
    "OrderedDict",
    "UserDict",
    "UserList",
    "UserString",
    "defaultdict",
    "deque",
    "namedtuple",
]


# Objects whose repr is currently being built, so a container that holds
# itself prints "..." instead of recursing forever.
_repr_busy = set()


def _guarded_repr(render):
    def wrapper(self):
        token = id(self)
        if token in _repr_busy:
            return "..."
        _repr_busy.add(token)
        try:
            return render(self)
        finally:
            _repr_busy.discard(token)
    wrapper.__name__ = render.__name__
    wrapper.__qualname__ = getattr(render, "__qualname__", render.__name__)
    return wrapper


def _ne_from_eq(self, other):
    """!= as the negation of the class's own __eq__ (for dict subclasses,
    whose inherited dict.__ne__ would ignore an overridden __eq__)."""
    same = self.__eq__(other)
    return same if same is NotImplemented else not same


def _is_mapping(obj):
    return isinstance(obj, _collections_abc.Mapping)


# ---------------------------------------------------------------------------
# `|` for the dict subclasses below.  The result always has the subclass's
# type (and, via its _sibling(), the same settings, e.g. default_factory).
# ---------------------------------------------------------------------------

def _union_with(self, other):
    if not isinstance(other, dict):
        return NotImplemented
    merged = self._sibling(self)
    merged.update(other)
    return merged


def _union_into(self, other):
    if not isinstance(other, dict):
        return NotImplemented
    merged = self._sibling(other)
    merged.update(self)
    return merged


# ---------------------------------------------------------------------------
# defaultdict
# ---------------------------------------------------------------------------

class defaultdict(dict):
    """dict whose missing keys get default_factory() stored and returned."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if not (default_factory is None or callable(default_factory)):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    # Native, like CPython's, so a KeyError traceback gains no extra frame.
    __missing__ = _defaultdict_missing

    def __repr__(self):
        # A factory that (indirectly) is this dict shows as "..." as in C.
        token = id(self.default_factory)
        if token in _repr_busy:
            shown = "..."
        else:
            _repr_busy.add(token)
            try:
                shown = repr(self.default_factory)
            finally:
                _repr_busy.discard(token)
        items = "{...}" if id(self) in _repr_busy else dict.__repr__(self)
        return "%s(%s, %s)" % (type(self).__name__, shown, items)

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        pairs = iter(dict.items(self))
        return type(self), (self.default_factory,), None, None, pairs

    def _sibling(self, contents):
        return type(self)(self.default_factory, contents)

    __or__ = _union_with
    __ror__ = _union_into


# ---------------------------------------------------------------------------
# OrderedDict
# ---------------------------------------------------------------------------

class OrderedDict(dict):
    """dict with reordering (move_to_end, popitem from either end) and
    equality that, between two OrderedDicts, also compares key order.

    dict already keeps insertion order, so there is no linked list here:
    moving a key to the front rebuilds the dict, which is rare in practice.
    """

    def move_to_end(self, key, last=True):
        moved = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, moved)
            return
        tail = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, moved)
        dict.update(self, tail)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        end = reversed(self) if last else iter(self)
        k = next(end)
        return k, dict.pop(self, k)

    def __eq__(self, other):
        same = dict.__eq__(self, other)
        if same is True and isinstance(other, OrderedDict):
            same = all(a == b for a, b in zip(self, other))
        return same

    __ne__ = _ne_from_eq
    __hash__ = None

    @_guarded_repr
    def __repr__(self):
        name = type(self).__name__
        return f"{name}({list(self.items())!r})" if self else f"{name}()"

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        extra = vars(self) or None
        return type(self), (), extra, None, iter(self.items())

    def _sibling(self, contents):
        return type(self)(contents)

    __or__ = _union_with
    __ror__ = _union_into


# ---------------------------------------------------------------------------
# Counter
# ---------------------------------------------------------------------------

def _second(pair):
    return pair[1]


def _named(fn, name):
    fn.__name__ = name
    fn.__qualname__ = "Counter." + name
    return fn


def _for_counters(name, combine):
    """Binary operator on two Counters; anything else gets NotImplemented
    so Python can try the reflected operation."""
    def operator(self, other):
        if isinstance(other, Counter):
            return combine(self, other)
        return NotImplemented
    return _named(operator, name)


def _pointwise(name, test):
    """Comparison that holds when test(self[e], other[e]) holds for every
    element of either Counter (absent elements count as zero)."""
    return _for_counters(name, lambda self, other: all(
        test(self[e], other[e]) for e in (*self, *other)))


def _merging(name, pick):
    """Operator building a new Counter of pick(mine, theirs) per element,
    keeping positive results only.  Elements of self come first; those
    only in other follow, with 0 standing in for self's count."""
    def merge(self, other):
        out = Counter()
        for elem, mine in self.items():
            n = pick(mine, other[elem])
            if n > 0:
                out[elem] = n
        for elem, theirs in other.items():
            if elem not in self:
                n = pick(0, theirs)
                if n > 0:
                    out[elem] = n
        return out
    return _for_counters(name, merge)


def _absorbing(name, step):
    def inplace(self, other):
        for elem, theirs in other.items():
            self[elem] = step(self[elem], theirs)
        return self._drop_nonpositive()
    return _named(inplace, name)


class Counter(dict):
    """dict mapping hashable elements to counts: a multiset.

    Missing elements count 0.  Arithmetic (+ - | &, unary + -) keeps only
    positive counts; update/subtract and item assignment keep anything.
    """

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # sorted() is stable, so equal counts stay in first-seen order.
        ranked = sorted(self.items(), key=_second, reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        for elem, times in self.items():
            for _ in range(times):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        self._tally(iterable, 1)
        if kwds:
            self._tally(kwds, 1)

    def subtract(self, iterable=None, /, **kwds):
        self._tally(iterable, -1)
        if kwds:
            self._tally(kwds, -1)

    def _tally(self, source, sign):
        """Adds (sign 1) or removes (sign -1) counts from a mapping, or one
        per occurrence from any other iterable."""
        if source is None:
            return
        if not _is_mapping(source):
            for elem in source:
                self[elem] = self.get(elem, 0) + sign
        elif sign > 0 and not self:
            super().update(source)  # nothing to add to yet: plain copy
        else:
            for elem in source.keys():
                n = source[elem]
                self[elem] = n + self.get(elem, 0) if sign > 0 else self.get(elem, 0) - n

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        # Deleting an absent element is allowed: its count is already 0.
        super().pop(elem, None)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return name + "()"
        try:
            shown = dict(self.most_common())
        except TypeError:  # counts that cannot be ordered
            shown = dict(self)
        return "%s(%r)" % (name, shown)

    # Comparisons: pointwise over every element either side mentions.
    __eq__ = _pointwise("__eq__", lambda a, b: a == b)
    __le__ = _pointwise("__le__", lambda a, b: a <= b)
    __ge__ = _pointwise("__ge__", lambda a, b: a >= b)
    __ne__ = _for_counters("__ne__", lambda a, b: not a == b)
    __lt__ = _for_counters("__lt__", lambda a, b: a <= b and a != b)
    __gt__ = _for_counters("__gt__", lambda a, b: a >= b and a != b)
    __hash__ = None

    # Multiset arithmetic: a fresh plain Counter of the positive results.
    __add__ = _merging("__add__", lambda mine, theirs: mine + theirs)
    __sub__ = _merging("__sub__", lambda mine, theirs: mine - theirs)
    __or__ = _merging("__or__", lambda mine, theirs: theirs if mine < theirs else mine)
    __and__ = _merging("__and__", lambda mine, theirs: mine if mine < theirs else theirs)

    def __pos__(self):
        return self._positive_part(False)

    def __neg__(self):
        return self._positive_part(True)

    def _positive_part(self, negate):
        out = Counter()
        for elem, n in self.items():
            if negate:
                n = 0 - n
            if n > 0:
                out[elem] = n
        return out

    # In-place forms take any mapping and update self, then drop whatever
    # is not positive.  (Assigning an unchanged count is harmless, and a
    # zero inserted for a new element is dropped again.)
    __iadd__ = _absorbing("__iadd__", lambda mine, theirs: mine + theirs)
    __isub__ = _absorbing("__isub__", lambda mine, theirs: mine - theirs)
    __ior__ = _absorbing("__ior__", lambda mine, theirs: theirs if theirs > mine else mine)

    def __iand__(self, other):
        for elem, mine in self.items():
            theirs = other[elem]
            if theirs < mine:
                self[elem] = theirs
        return self._drop_nonpositive()

    def _drop_nonpositive(self):
        for elem in [e for e, n in self.items() if not n > 0]:
            dict.__delitem__(self, elem)
        return self


# ---------------------------------------------------------------------------
# namedtuple
# ---------------------------------------------------------------------------

def _check_names(typename, fields, renamed):
    """Raises the error CPython raises for the first bad name."""
    for name in (typename, *fields):
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            complaint = "must be valid identifiers"
        elif _reserved(name):
            complaint = "cannot be a keyword"
        else:
            continue
        raise ValueError(f"Type names and field names {complaint}: {name!r}")
    taken = set()
    for name in fields:
        if not renamed and name[:1] == "_":
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in taken:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        taken.add(name)


def _positional_renames(fields):
    """rename=True: every unusable or repeated name becomes _<position>."""
    taken = set()
    out = []
    for pos, name in enumerate(fields):
        bad = (name[:1] == "_" or name in taken or _reserved(name)
               or not name.isidentifier())
        out.append(f"_{pos}" if bad else name)
        taken.add(name)
    return out


class _tuplegetter:
    # Read-only attribute reading one position of a namedtuple (named and
    # worded like CPython's C descriptor, whose messages programs may print).
    # No docstring: "__doc__" is one of the slots (each getter has its own).

    __slots__ = ("_position", "__doc__")

    def __init__(self, position, doc):
        self._position = position
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        return self if instance is None else instance[self._position]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __reduce__(self):
        return type(self), (self._position, self.__doc__)

    def __repr__(self):
        return f"_tuplegetter({self._position}, {self.__doc__!r})"


_tuplegetter.__module__ = "_collections"


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new tuple subclass whose items can also be read by name."""
    if isinstance(field_names, str):  # "x y", "x, y" and "x,y" all work
        field_names = field_names.replace(",", " ").split()
    fields = [str(f) for f in field_names]
    typename = str(typename)
    if rename:
        fields = _positional_renames(fields)
    _check_names(typename, fields, rename)

    fields = tuple(fields)
    width = len(fields)
    given = () if defaults is None else tuple(defaults)
    if len(given) > width:
        raise TypeError("Got more default values than field names")
    # Defaults belong to the trailing fields.
    field_defaults = dict(zip(fields[width - len(given):], given))

    # The signature text: "a, b" (one field gets a trailing comma, so that
    # "(a,)" in the generated body is a tuple).
    params = ", ".join(fields) + ("," if width == 1 else "")
    build = tuple.__new__

    # __new__ is compiled with the fields as its parameters, so calls bind
    # and report argument errors exactly like an ordinary function.
    scope = {"_build": build, "__builtins__": {},
             "__name__": "namedtuple_" + typename}
    __new__ = eval(f"lambda _cls, {params}: _build(_cls, ({params}))", scope)
    __new__.__name__ = "__new__"
    __new__.__doc__ = f"Create new instance of {typename}({params})"
    if defaults is not None:
        __new__.__defaults__ = given

    def _make(cls, iterable):
        made = build(cls, iterable)
        if len(made) != width:
            raise TypeError(f"Expected {width} arguments, got {len(made)}")
        return made

    def _replace(self, /, **kwds):
        values = [kwds.pop(f) if f in kwds else v for f, v in zip(fields, self)]
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return self._make(values)

    def __repr__(self):
        "Return a nicely formatted representation string"
        parts = [f"{f}={v!r}" for f, v in zip(fields, self)]
        return type(self).__name__ + "(" + ", ".join(parts) + ")"

    def _asdict(self):
        "Return a new dict which maps field names to their values."
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        "Return self as a plain tuple.  Used by copy and pickle."
        return tuple(self)

    methods = {"__new__": __new__, "_make": _make, "_replace": _replace,
               "__repr__": __repr__, "_asdict": _asdict,
               "__getnewargs__": __getnewargs__}
    for fn in methods.values():
        fn.__qualname__ = typename + "." + fn.__name__
    methods["_make"] = classmethod(_make)

    body = {"__doc__": f"{typename}({params})", "__slots__": (),
            "_fields": fields, "_field_defaults": field_defaults,
            "__match_args__": fields}
    body.update(methods)
    for pos, name in enumerate(fields):
        body[name] = _tuplegetter(pos, f"Alias for field number {pos}")
    cls = type(typename, (tuple,), body)

    owner = _caller_module(1) if module is None else module
    if owner is not None:
        cls.__module__ = owner
    return cls


# ---------------------------------------------------------------------------
# ChainMap
# ---------------------------------------------------------------------------

class ChainMap(_collections_abc.MutableMapping):
    """Several mappings searched in order as one; changes go to maps[0]."""

    def __init__(self, *maps):
        self.maps = list(maps) if maps else [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for layer in self.maps:
            # Indexing (not `in`) so a layer's own __missing__ can answer.
            try:
                return layer[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        # Unlike Mapping.get, never consults __missing__.
        return self[key] if key in self else default

    def __len__(self):
        distinct = set()
        for layer in self.maps:
            distinct.update(layer)
        return len(distinct)

    def __iter__(self):
        # Keys in the order a dict built from the deepest layer up has them.
        order = {}
        for layer in self.maps[::-1]:
            for k in layer:
                order[k] = None
        return iter(order)

    def __contains__(self, key):
        for layer in self.maps:
            if key in layer:
                return True
        return False

    def __bool__(self):
        return any(self.maps)

    @_guarded_repr
    def __repr__(self):
        inner = ", ".join(repr(layer) for layer in self.maps)
        return f"{type(self).__name__}({inner})"

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        first, *rest = self.maps
        return type(self)(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    # Writes and deletions only ever touch the first mapping.
    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        front = self.maps[0]
        try:
            del front[key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def popitem(self):
        front = self.maps[0]
        try:
            return front.popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        front = self.maps[0]
        try:
            return front.pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def clear(self):
        self.maps[0].clear()

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        joined = self.copy()
        joined.maps[0].update(other)
        return joined

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        flat = dict(other)
        for layer in self.maps[::-1]:
            flat.update(layer)
        return type(self)(flat)

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


# ---------------------------------------------------------------------------
# UserDict, UserList, UserString: subclass-friendly wrappers whose contents
# live in a plain `data` attribute.
# ---------------------------------------------------------------------------

class _Wrapper:
    """Size, repr, iteration and membership straight from self.data.

    Not a base class: _lend() copies these methods into UserDict, UserList
    and UserString, whose MROs stay CPython's (their collections.abc base,
    then object)."""

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return repr(self.data)

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, item):
        return item in self.data

    def __copy__(self):
        return self._cloned(self.data.copy())

    def _cloned(self, data):
        """Shallow copy: same instance attributes, `data` replaced."""
        cls = type(self)
        twin = cls.__new__(cls)
        twin.__dict__.update(self.__dict__)
        twin.__dict__["data"] = data
        return twin


def _lend(*names):
    """Class decorator: gives the class _Wrapper's methods `names`, unless it
    defines them itself."""
    def decorate(cls):
        for name in names:
            if name not in cls.__dict__:
                setattr(cls, name, _Wrapper.__dict__[name])
        return _abc.update_abstractmethods(cls)
    return decorate


def _repeated(self, n):
    return type(self)(self.data * n)


def _compare_data(cls, unwrap):
    """Gives cls the six comparison operators, each comparing
    self.data with the other operand (unwrapped when it is a wrapper too)."""
    tests = {"__lt__": lambda a, b: a < b, "__le__": lambda a, b: a <= b,
             "__eq__": lambda a, b: a == b, "__gt__": lambda a, b: a > b,
             "__ge__": lambda a, b: a >= b, "__ne__": lambda a, b: a != b}
    for name, test in tests.items():
        def compare(self, other, test=test):
            return test(self.data, unwrap(other))
        compare.__name__ = name
        compare.__qualname__ = f"{cls.__name__}.{name}"
        setattr(cls, name, compare)


@_lend("__len__", "__repr__", "__iter__", "__contains__", "__copy__", "_cloned")
class UserDict(_collections_abc.MutableMapping):
    """dict look-alike storing its items in the dict `self.data`."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __getitem__(self, key):
        store = self.data
        if key in store:
            return store[key]
        missing = getattr(type(self), "__missing__", None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    @staticmethod
    def _raw(other):
        return other.data if isinstance(other, UserDict) else other

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(self.data | self._raw(other))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(self._raw(other) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= self._raw(other)
        return self

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        # A subclass: keep its other attributes, then refill through its
        # own __setitem__.
        twin = self._cloned({})
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for k in iterable:
            made[k] = value
        return made


def _unwrap_list(value):
    return value.data if isinstance(value, UserList) else value


@_lend("__len__", "__repr__", "__iter__", "__contains__", "__copy__", "_cloned")
class UserList(_collections_abc.MutableSequence):
    """list look-alike storing its items in the list `self.data`."""

    __hash__ = None

    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        elif isinstance(initlist, UserList):
            self.data = initlist.data[:]
        else:
            self.data = list(initlist)

    def __reversed__(self):
        return reversed(self.data)

    def __getitem__(self, i):
        picked = self.data[i]
        return type(self)(picked) if isinstance(i, slice) else picked

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    @staticmethod
    def _as_list(other):
        if isinstance(other, UserList):
            return other.data
        return other if isinstance(other, list) else list(other)

    def __add__(self, other):
        return type(self)(self.data + self._as_list(other))

    def __radd__(self, other):
        return type(self)(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    __mul__ = __rmul__ = _repeated

    def __imul__(self, n):
        self.data *= n
        return self

    def copy(self):
        return type(self)(self)

    # Plain list operations on the contents.
    def clear(self):
        self.data.clear()

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_unwrap_list(other))


_compare_data(UserList, _unwrap_list)


def _unwrap_text(value):
    return value.data if isinstance(value, UserString) else value


@_lend("__len__", "__repr__", "__iter__")
class UserString(_collections_abc.Sequence):
    """str look-alike storing its text in the str `self.data`.

    Methods that give back text give back the same class; the rest (counts,
    predicates, lists and tuples of parts) return what str's would."""

    def __init__(self, seq):
        if isinstance(seq, UserString):
            text = seq.data[:]
        else:
            text = seq if isinstance(seq, str) else str(seq)
        self.data = text

    def __getnewargs__(self):
        return (self.data[:],)

    def __contains__(self, char):
        return _unwrap_text(char) in self.data

    def __iter__(self):
        # Like iterating by index: each character comes back wrapped.
        for pos in range(len(self.data)):
            yield self[pos]

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        if not isinstance(other, (UserString, str)):
            other = str(other)
        return type(self)(self.data + _unwrap_text(other))

    def __radd__(self, other):
        if not isinstance(other, str):
            other = str(other)
        return type(self)(other + self.data)

    __mul__ = __rmul__ = _repeated

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    maketrans = str.maketrans

    def encode(self, encoding="utf-8", errors="strict"):
        return self.data.encode(encoding, errors)


_compare_data(UserString, _unwrap_text)


def _text_conversion(name, convert):
    def method(self):
        return convert(self.data)
    method.__name__ = name
    method.__qualname__ = "UserString." + name
    return method


for _name, _convert in (("__str__", str), ("__int__", int),
                        ("__float__", float), ("__hash__", hash)):
    setattr(UserString, _name, _text_conversion(_name, _convert))
del _convert


def _text_method(name, rewrap):
    """A UserString method forwarding to str's, unwrapping UserString
    arguments and, when rewrap is set, wrapping the str it returns."""
    forward = getattr(str, name)

    def method(self, *args, **kwds):
        args = [_unwrap_text(a) for a in args]
        answer = forward(self.data, *args, **kwds)
        return type(self)(answer) if rewrap else answer
    method.__name__ = name
    method.__qualname__ = "UserString." + name
    return method


for _name in ("capitalize casefold center expandtabs ljust lower lstrip "
              "removeprefix removesuffix replace rjust rstrip strip swapcase "
              "title translate upper zfill").split():
    setattr(UserString, _name, _text_method(_name, True))
for _name in ("count endswith find format format_map index isalpha isalnum "
              "isascii isdecimal isdigit isidentifier islower isnumeric "
              "isprintable isspace istitle isupper join partition rfind "
              "rindex rpartition rsplit split splitlines startswith").split():
    setattr(UserString, _name, _text_method(_name, False))
del _name


def __getattr__(name):
    # CPython loads collections.abc while starting up, so programs may use
    # collections.abc after a plain `import collections`; weft loads it on
    # that first use instead.
    if name == "abc":
        import collections.abc
        return collections.abc
    raise AttributeError("module 'collections' has no attribute %r" % (name,))
