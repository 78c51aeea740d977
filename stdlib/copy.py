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
    cls = type(x)
    module = getattr(cls, "__module__", "builtins")
    name = cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"
    return TypeError(f"cannot pickle '{name}' object")


def _is_native(cls):
    """A class implemented inside the interpreter (its instances keep their
    state where Python cannot see it: no __dict__, no __slots__)."""
    return not hasattr(cls, "__slots__") and "__dict__" not in dir(cls)


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
    if cls is not object and (getattr(cls, "__module__", None) == "builtins"
                              or _is_native(cls)):
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
    handler = _copy_dispatch.get(cls)
    if handler is None:
        if issubclass(cls, type):  # classes are never copied
            return x
        handler = getattr(cls, "__copy__", None)
    if handler is not None:
        return handler(x)
    recipe = _reduce(x)
    return x if recipe is None else _rebuild(x, None, recipe)


def _same(x):
    return x


# Exact types only: subclasses may carry extra state, so they go through
# __copy__ or the reduce protocol instead.
_copy_dispatch = dict.fromkeys(_atomic_types, _same)
_copy_dispatch.update({tuple: _same, frozenset: _same, list: list.copy,
                       dict: dict.copy, set: set.copy})
try:
    _copy_dispatch[bytearray] = bytearray.copy
except NameError:  # an interpreter without bytearray
    pass


# ---------------------------------------------------------------------------
# deepcopy
# ---------------------------------------------------------------------------

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy: containers and instances are copied recursively.

    memo maps id(original) -> copy; it is what keeps shared sub-objects
    shared and lets recursive structures terminate."""
    if memo is None:
        memo = {}
    seen = memo.get(id(x), _nil)
    if seen is not _nil:
        return seen
    twin = _deep_twin(x, memo)
    if twin is not x:
        memo[id(x)] = twin
        _pin(x, memo)
    return twin


def _deep_twin(x, memo):
    """A deep copy of x not yet recorded in memo (or x itself when x is
    immutable or refuses to be copied)."""
    cls = type(x)
    handler = _deepcopy_dispatch.get(cls)
    if handler is not None:
        return handler(x, memo)
    if issubclass(cls, type):
        return x
    hook = getattr(x, "__deepcopy__", None)
    if hook is not None:
        return hook(memo)
    recipe = _reduce(x)
    return x if recipe is None else _rebuild(x, memo, recipe)


def _deep_same(x, memo):
    return x


def _deep_list(x, memo):
    out = memo[id(x)] = []  # recorded first: the list may contain itself
    out.extend(deepcopy(item, memo) for item in x)
    return out


def _deep_dict(x, memo):
    out = memo[id(x)] = {}
    for k in x:
        out[deepcopy(k, memo)] = deepcopy(x[k], memo)
    return out


def _deep_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # If copying the items reached this tuple again (through a mutable
    # container inside it), that visit already produced its copy.
    if id(x) in memo:
        return memo[id(x)]
    if all(a is b for a, b in zip(x, items)):
        return x  # nothing inside needed copying
    return tuple(items)


def _deep_set(x, memo):
    return type(x)(deepcopy(list(x), memo))


_deepcopy_dispatch = dict.fromkeys(_atomic_types, _deep_same)
_deepcopy_dispatch.update({list: _deep_list, tuple: _deep_tuple,
                           dict: _deep_dict, set: _deep_set,
                           frozenset: _deep_set})


def _pin(x, memo):
    """Keeps x alive for as long as memo is: memo is keyed by id(), and a
    freed original's id could be reused by a different object mid-copy."""
    memo.setdefault(id(memo), []).append(x)


def _rebuild(x, memo, recipe):
    """Builds a copy from a reduce tuple (callable, args, state, list items,
    dict items); deep when memo is given."""
    func, args, state, listitems, dictitems = recipe
    if memo is None:
        fix = _same
    else:
        def fix(value):
            return deepcopy(value, memo)
        if args:
            args = fix(args)
    y = func(*args)
    if memo is not None:
        memo[id(x)] = y
    if state is not None:
        _apply_state(y, fix(state))
    if listitems is not None:
        for item in listitems:
            y.append(fix(item))
    if dictitems is not None:
        for k, v in dictitems:
            y[fix(k)] = fix(v)
    return y


def _apply_state(y, state):
    setter = getattr(y, "__setstate__", None)
    if setter is not None:
        setter(state)
        return
    # Default protocol: a __dict__ update, or (dict_state, slot_state).
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state is not None:
        y.__dict__.update(state)
    for name, value in (slots or {}).items():
        setattr(y, name, value)
