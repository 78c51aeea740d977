"""Abstract base classes (PEP 3119), as CPython 3.11's abc module behaves.

A class made by ABCMeta records in ``__abstractmethods__`` the names of the
methods it leaves abstract; the VM refuses to instantiate a class whose
``__abstractmethods__`` is not empty (CPython does so in object.__new__, and
so does weft), with CPython's message.

isinstance() and issubclass() call ABCMeta.__instancecheck__ and
__subclasscheck__ (the VM looks these hooks up on the metaclass).  A class is
a subclass of an ABC when its ``__subclasshook__`` says so, when it really
inherits from it, when it was registered with it (directly or through a
registered class), or when it is a subclass of one of the ABC's subclasses.
Answers are cached per ABC; registering anything anywhere bumps a global
counter that invalidates every negative cache.

CPython keeps this state in a C structure behind ``_abc_impl``; here
``_abc_impl`` is a small Python object holding plain sets.  Classes are kept
alive by the sets (weft has no weak references yet).
"""

__all__ = [
    "ABC",
    "ABCMeta",
    "abstractmethod",
    "abstractclassmethod",
    "abstractstaticmethod",
    "abstractproperty",
    "get_cache_token",
    "update_abstractmethods",
]


def abstractmethod(funcobj):
    """Mark a method abstract: a class (made by ABCMeta) that has it and does
    not override it cannot be instantiated.  Use it innermost when combined
    with other decorators (``@property`` above ``@abstractmethod``)."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use ``@classmethod`` over ``@abstractmethod``."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use ``@staticmethod`` over ``@abstractmethod``."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use ``@property`` over ``@abstractmethod``."""

    __isabstractmethod__ = True


# Bumped by every register(): a negative answer cached before the bump may
# have become positive.
_invalidation_counter = 0


def get_cache_token():
    """A token that changes whenever some ABC gets a new virtual subclass,
    so callers can tell when their own isinstance-derived caches are stale."""
    return _invalidation_counter


def _is_abstract(value):
    return bool(getattr(value, "__isabstractmethod__", False))


def _abstract_names(cls, own_namespace):
    """Names of the methods of ``cls`` still abstract: those its own
    namespace marks abstract, and those its bases left abstract that it
    has not overridden with something concrete."""
    names = set()
    for name, value in own_namespace.items():
        if _is_abstract(value):
            names.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                names.add(name)
    return frozenset(names)


class _AbcState:
    """The per-ABC bookkeeping CPython keeps in ``_abc_impl``."""

    __slots__ = ("registry", "cache", "negative_cache", "negative_version")

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _invalidation_counter


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes.

    Subclass an ABC to inherit its mixin methods, or ``register()`` an
    unrelated class (or built-in type) as a "virtual subclass": it then
    passes isinstance/issubclass checks against the ABC without inheriting
    anything from it.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace)
        cls._abc_impl = _AbcState()
        return cls

    def register(cls, subclass):
        """Make ``subclass`` a virtual subclass of this ABC; returns it, so
        this works as a class decorator."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # nothing to do
        if issubclass(cls, subclass):
            # A virtual subclass that is already a superclass would make a cycle.
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)."""
        state = cls._abc_impl
        klass = instance.__class__
        if klass in state.cache:
            return True
        actual = type(instance)
        if actual is klass:
            if (state.negative_version == _invalidation_counter
                    and klass in state.negative_cache):
                return False
            return cls.__subclasscheck__(klass)
        return cls.__subclasscheck__(klass) or cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        state = cls._abc_impl
        if subclass in state.cache:
            return True
        if state.negative_version < _invalidation_counter:
            state.negative_cache = set()
            state.negative_version = _invalidation_counter
        elif subclass in state.negative_cache:
            return False
        # The class's own say first.
        verdict = cls.__subclasshook__(subclass)
        if verdict is not NotImplemented:
            if not isinstance(verdict, bool):
                raise AssertionError("__subclasshook__ must return either "
                                     "False, True, or NotImplemented")
            if verdict:
                state.cache.add(subclass)
            else:
                state.negative_cache.add(subclass)
            return verdict
        # Real inheritance, then registration, then our subclasses' verdicts.
        if cls in subclass.__mro__:
            state.cache.add(subclass)
            return True
        for registered in list(state.registry):
            if issubclass(subclass, registered):
                state.cache.add(subclass)
                return True
        for sub in cls.__subclasses__():
            if issubclass(subclass, sub):
                state.cache.add(subclass)
                return True
        state.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Print the ABC's registry and caches (for debugging)."""
        state = cls._abc_impl
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {state.registry!r}", file=file)
        print(f"_abc_cache: {state.cache!r}", file=file)
        print(f"_abc_negative_cache: {state.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {state.negative_version!r}",
              file=file)

    def _abc_registry_clear(cls):
        """Forget every registered virtual subclass (for tests)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Forget every cached answer (for tests)."""
        state = cls._abc_impl
        state.cache.clear()
        state.negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute ``cls.__abstractmethods__`` after methods were added to or
    replaced on an already created class (class decorators such as
    dataclasses call this).  Classes that are not ABCs are left alone.
    Returns ``cls``."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _abstract_names(cls, cls.__dict__)
    return cls


class ABC(metaclass=ABCMeta):
    """Inherit from this to make an ABC without writing ``metaclass=``."""

    __slots__ = ()
