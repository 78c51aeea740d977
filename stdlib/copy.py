"""Shallow and deep copying: copy(x) and deepcopy(x[, memo]).

Follows CPython's copy module: built-in containers are copied directly;
classes can take over with __copy__/__deepcopy__ or describe themselves with
__reduce_ex__/__reduce__; any other instance is rebuilt the way pickle's
protocol 2+ would (cls.__new__, then its __dict__/slots state, then list or
dict items for subclasses of list and dict). deepcopy's memo maps id(original)
to its copy, so shared and recursive structures keep their shape.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_NoneType = type(None)
_function = type(lambda: None)
_builtin_function = type(len)

# Immutable values: copying them (shallow or deep) returns them unchanged.
_atomic_types = {
    _NoneType, int, float, bool, str, bytes, type, range, _function,
    _builtin_function, type(...), type(NotImplemented), property, slice,
}
try:
    _atomic_types.add(complex)
except NameError:  # an interpreter without complex numbers
    pass

_immutable_value_types = (int, float, str, bytes, tuple, frozenset)


def _cannot_copy(x):
    return TypeError(f"cannot pickle '{type(x).__name__}' object")


def _own_reducer(cls):
    """The class's own __reduce_ex__/__reduce__ (None when it only has object's)."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        namespace = vars(klass)
        if "__reduce_ex__" in namespace:
            return "__reduce_ex__"
        if "__reduce__" in namespace:
            return "__reduce__"
    return None


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = vars(klass).get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = f"_{klass.__name__.lstrip('_')}{name}"
            if name not in names:
                names.append(name)
    return names


def _default_reduce(x):
    """What object.__reduce_ex__(4) gives for an instance: (callable, args,
    state, listitems, dictitems)."""
    cls = type(x)
    # Built-in types without their own reduction (generators, iterators,
    # modules, ...) cannot be rebuilt.
    if cls is not object and getattr(cls, "__module__", None) == "builtins":
        raise _cannot_copy(x)
    if hasattr(x, "__getnewargs__"):
        args = tuple(x.__getnewargs__())
    else:
        args = ()
        for base in _immutable_value_types:
            if isinstance(x, base):
                args = (base(x),)
                break
    if hasattr(cls, "__getstate__") and "__getstate__" in _defining_namespaces(cls):
        state = x.__getstate__()
    else:
        state = _instance_state(x)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return _new_object, (cls,) + args, state, listitems, dictitems


def _defining_namespaces(cls):
    names = set()
    for klass in cls.__mro__:
        if klass is not object:
            names.update(vars(klass))
    return names


def _instance_state(x):
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    try:
        attrs = x.__dict__
    except AttributeError:
        attrs = None
    if slots:
        return (attrs or None, slots)
    return attrs or None


def _new_object(cls, *args):
    return cls.__new__(cls, *args)


def _reduce(x):
    cls = type(x)
    name = _own_reducer(cls)
    if name == "__reduce_ex__":
        rv = x.__reduce_ex__(4)
    elif name == "__reduce__":
        rv = x.__reduce__()
    else:
        return _default_reduce(x)
    if isinstance(rv, str):
        return None
    if not isinstance(rv, tuple) or not 2 <= len(rv) <= 6:
        raise Error("__reduce__ must return a string or tuple")
    return rv + (None,) * (5 - len(rv)) if len(rv) < 5 else rv[:5]


# ---------------------------------------------------------------------------
# copy
# ---------------------------------------------------------------------------

def copy(x):
    """Shallow copy: a new container holding the same elements."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if rv is None:
        return x
    return _reconstruct(x, None, *rv)


def _copy_immutable(x):
    return x


_copy_dispatch = {t: _copy_immutable for t in _atomic_types}
_copy_dispatch[tuple] = _copy_immutable
_copy_dispatch[frozenset] = _copy_immutable
_copy_dispatch[list] = list.copy
_copy_dispatch[dict] = dict.copy
_copy_dispatch[set] = set.copy
try:
    _copy_dispatch[bytearray] = bytearray.copy
except NameError:  # an interpreter without bytearray
    pass


# ---------------------------------------------------------------------------
# deepcopy
# ---------------------------------------------------------------------------

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy: containers and instances are copied recursively."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            if rv is None:
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(item, memo) for item in x]
    # A tuple reached again while its items were being copied already has a copy.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for original, copied in zip(x, y):
        if original is not copied:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    return type(x)(deepcopy(list(x), memo))


_deepcopy_dispatch = {t: _deepcopy_atomic for t in _atomic_types}
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[set] = _deepcopy_set
_deepcopy_dispatch[frozenset] = _deepcopy_set


def _keep_alive(x, memo):
    """Keeps originals alive while memo refers to them by id, so no id is
    reused for a different object during one deepcopy."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
