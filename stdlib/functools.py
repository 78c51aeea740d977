"""Higher-order helpers: wrapping, caching, ordering, partial application, dispatch.

The hot pieces (reduce, partial, the LRU cache object) are native and come
from _functools; this module supplies the Python-level front ends. Generic
dispatch walks the argument class's __mro__, since weft has no ABC registry.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from collections import namedtuple
from _functools import reduce, partial, _lru_cache_wrapper
from _thread import RLock


# --- wrapper metadata ------------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Copy identifying metadata from *wrapped* onto *wrapper* and return it.

    Names in *assigned* are copied over when *wrapped* has them; the mappings
    named in *updated* are merged into the wrapper's own. The wrapper also
    gains a __wrapped__ attribute pointing at the original.
    """
    missing = object()
    for name in assigned:
        val = getattr(wrapped, name, missing)
        if val is not missing:
            setattr(wrapper, name, val)
    for name in updated:
        target = getattr(wrapper, name)
        target.update(getattr(wrapped, name, {}))
    # Done after the __dict__ merge, so a __wrapped__ inherited from the
    # wrapped function's dict cannot overwrite the link to *wrapped* itself.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper(): @wraps(f) applied to a wrapper.

    Takes the same optional arguments as update_wrapper().
    """
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# --- total_ordering --------------------------------------------------------

_SYMBOL = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}
# Each comparison paired with its mirror image (same strictness), its
# strict/non-strict twin in the same direction, and its logical negation.
_MIRROR = {'__lt__': '__gt__', '__gt__': '__lt__',
           '__le__': '__ge__', '__ge__': '__le__'}
_TWIN = {'__lt__': '__le__', '__le__': '__lt__',
         '__gt__': '__ge__', '__ge__': '__gt__'}
_NEGATION = {'__lt__': '__ge__', '__ge__': '__lt__',
             '__gt__': '__le__', '__le__': '__gt__'}


def _derived(base, target, how):
    """Build method *target* from the class's own *base* comparison.

    Every formula calls the base method on the type directly: going through
    the operator would try the reflected method on NotImplemented and could
    recurse forever.
    """
    if how == 'negate':
        def method(self, other):
            res = getattr(type(self), base)(self, other)
            if res is NotImplemented:
                return res
            return not res
        formula = '(not a %s b)'
    elif how == 'or_equal':
        def method(self, other):
            res = getattr(type(self), base)(self, other)
            if res is NotImplemented:
                return res
            return res or self == other
        formula = '(a %s b) or (a == b)'
    elif how == 'and_differ':
        def method(self, other):
            res = getattr(type(self), base)(self, other)
            if res is NotImplemented:
                return res
            return res and self != other
        formula = '(a %s b) and (a != b)'
    elif how == 'negate_and_differ':
        def method(self, other):
            res = getattr(type(self), base)(self, other)
            if res is NotImplemented:
                return res
            return not res and self != other
        formula = '(not a %s b) and (a != b)'
    else:  # 'negate_or_equal'
        def method(self, other):
            res = getattr(type(self), base)(self, other)
            if res is NotImplemented:
                return res
            return not res or self == other
        formula = '(not a %s b) or (a == b)'
    method.__name__ = target
    method.__qualname__ = '_%s_from_%s' % (target.strip('_'), base.strip('_'))
    method.__doc__ = 'Return a %s b.  Computed by @total_ordering from %s.' % (
        _SYMBOL[target], formula % _SYMBOL[base])
    return method


def _fillers_for(base):
    strict = base in ('__lt__', '__gt__')
    mirror, twin, neg = _MIRROR[base], _TWIN[base], _NEGATION[base]
    return [
        (mirror, _derived(base, mirror,
                          'negate_and_differ' if strict else 'negate_or_equal')),
        (twin, _derived(base, twin, 'or_equal' if strict else 'and_differ')),
        (neg, _derived(base, neg, 'negate')),
    ]


# Preference order when several are defined; the fillers are built once so
# every decorated class shares the same function objects.
_PREFERENCE = ('__lt__', '__le__', '__gt__', '__ge__')
_FILLERS = {op: _fillers_for(op) for op in _PREFERENCE}


def total_ordering(cls):
    """Class decorator: derive the missing rich comparisons from one given."""
    defined = [op for op in _PREFERENCE
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    for name, func in _FILLERS[defined[0]]:
        if name not in defined:
            setattr(cls, name, func)
    return cls


# --- cmp_to_key ------------------------------------------------------------

def cmp_to_key(mycmp):
    """Turn an old-style cmp(a, b) function into a key= callable."""
    def compare_with(test):
        # Each comparison runs mycmp on the wrapped values and checks the sign.
        return lambda self, other: test(mycmp(self.obj, other.obj))

    class K(object):
        __slots__ = ('obj',)
        __hash__ = None

        def __init__(self, wrapped):
            self.obj = wrapped

        __lt__ = compare_with(lambda sign: sign < 0)
        __le__ = compare_with(lambda sign: sign <= 0)
        __eq__ = compare_with(lambda sign: sign == 0)
        __ge__ = compare_with(lambda sign: sign >= 0)
        __gt__ = compare_with(lambda sign: sign > 0)

    return K


# --- partialmethod ---------------------------------------------------------

class partialmethod(object):
    """Like partial(), but as a descriptor, so it binds like a method.

    Wraps other descriptors (classmethod, staticmethod, ...) by delegating to
    their __get__; plain callables get self/cls passed as first argument.
    """

    def __init__(self, func, /, *args, **keywords):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            # Flatten nesting: the bound object must come before every
            # frozen argument, which only works with a single layer.
            args = (*func.args, *args)
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        shown = [repr(a) for a in self.args]
        named = ['%s=%r' % item for item in self.keywords.items()]
        cls = type(self)
        return '%s.%s(%s, %s, %s)' % (cls.__module__, cls.__qualname__,
                                      self.func, ', '.join(shown),
                                      ', '.join(named))

    def _as_function(self):
        outer = self

        def _method(cls_or_self, /, *args, **keywords):
            merged = dict(outer.keywords)
            merged.update(keywords)
            return outer.func(cls_or_self, *outer.args, *args, **merged)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self   # lets introspection find the original
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None:
            bound = binder(obj, cls)
            # A descriptor that hands back something new has done the
            # binding itself; otherwise fall back to method semantics.
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._as_function().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


# --- lru_cache / cache -----------------------------------------------------

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])


def _build_cache(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Memoize a function, keeping at most *maxsize* most recent results.

    maxsize=None means unbounded; typed=True caches f(3) and f(3.0) apart.
    Arguments must be hashable. The wrapper offers cache_info(),
    cache_clear(), cache_parameters() and __wrapped__. Usable bare
    (@lru_cache) or with arguments (@lru_cache(maxsize=32)).
    """
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        # Bare @lru_cache: the "maxsize" is really the function.
        return _build_cache(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _build_cache(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# --- singledispatch --------------------------------------------------------

def _lookup_by_mro(cls, registry):
    """Implementation for the most specific registered class in cls.__mro__."""
    for klass in cls.__mro__:
        if klass in registry:
            return registry[klass]
    return None


def singledispatch(func):
    """Make *func* a generic function dispatching on its first argument's type.

    *func* handles `object`; more specific versions are added with the
    .register attribute, either as register(cls, impl), @register(cls) or a
    bare @register on a function whose first parameter is annotated.
    """
    registry = {object: func}
    memo = {}   # cls -> chosen implementation; reset on every registration
    funcname = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        The implementation that would be used for an argument of type *cls*.
        """
        if cls in memo:
            return memo[cls]
        impl = registry[cls] if cls in registry else _lookup_by_mro(cls, registry)
        memo[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Add *func* as the implementation for *cls*.
        """
        if not isinstance(cls, type):
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type.")
            # Bare @register: the class comes from the first annotation.
            hints = getattr(cls, '__annotations__', None) or {}
            if not hints:
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function.")
            func = cls
            param = next(iter(hints))
            cls = hints[param]
            if not isinstance(cls, type):
                raise TypeError(f"Invalid annotation for {param!r}. {cls!r} is not a class.")
        elif func is None:
            return lambda f: register(cls, f)
        registry[cls] = func
        memo.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least '
                            '1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = memo.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first non-self argument.

    Wraps plain functions as well as descriptors like classmethod.
    """

    def __init__(self, func):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func

        Add *func* as the implementation for *cls*.
        """
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            impl = dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# --- cached_property -------------------------------------------------------

_MISSING = object()


class cached_property:
    # Computes on first access, then stores the value in the instance
    # __dict__ under the same name so later lookups bypass the descriptor.

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif self.attrname != name:
            raise TypeError("Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        kind = type(instance).__name__
        try:
            store = instance.__dict__
        except AttributeError:   # e.g. a __slots__ class
            raise TypeError(f"No '__dict__' attribute on {kind!r} "
                f"instance to cache {name!r} property.") from None
        value = store.get(name, _MISSING)
        if value is not _MISSING:
            return value
        with self.lock:
            # Another thread may have filled it while we waited.
            value = store.get(name, _MISSING)
            if value is _MISSING:
                value = self.func(instance)
                try:
                    store[name] = value
                except TypeError:
                    raise TypeError(f"The '__dict__' attribute on {kind!r} instance "
                        f"does not support item assignment for caching {name!r} property."
                    ) from None
        return value
