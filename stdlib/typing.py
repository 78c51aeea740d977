"""Run-time support for type hints, as CPython 3.11's typing module gives it.

Annotations are evaluated when a program runs, so every name a hint uses has
to exist and print well: the special forms (Any, Union, Optional, Literal,
ClassVar, Final, Annotated, ...), the capitalised aliases of the containers
(List[int], Dict[str, Any], Callable[[int], str], ...), TypeVar and
ParamSpec, Generic and Protocol base classes, NamedTuple and TypedDict class
factories, NewType, and the helpers scripts call (cast, overload,
get_type_hints, get_origin, get_args, ...).

How it is built: the objects hints evaluate to are small Python classes
here.  ``_SpecialForm`` is a special form (``Union``, ``ClassVar``) holding
the function that subscripts it.  Every other hint object derives from
``_Hint`` (an origin, plus calling, subclassing and attribute forwarding):
``_GenericAlias`` is a subscripted hint (``List[int]``, ``C[T]``) recording
``__origin__``, ``__args__`` and ``__parameters__``, with subclasses for the
forms that print or compare their own way (unions, literals, callables,
Annotated); ``_SpecialGenericAlias`` is a bare container alias (``List``),
and all of those are made from one table.  The few class names a script
can see (type(List[int]).__name__ and the like) are CPython's; the rest are
our own.  ``list[int]`` and ``int | str`` stay weft's own built-in objects,
and the helpers here accept them.

Left out: TypeVarTuple and Unpack of one (variadic generics), the deprecated
typing.io / typing.re submodules, Pattern and Match (weft has no re module),
generic NamedTuples, and the SyntaxError check on ForwardRef text (weft has
no compile()).  Subscriptions are memoised (functools.lru_cache), as in
CPython, so ``List[int] is List[int]``.
"""

import sys
import types
import functools
import operator
import collections
import collections.abc as _abcs
import contextlib
from abc import ABCMeta, abstractmethod

__all__ = [
    # Special forms and their relatives.
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final',
    'ForwardRef', 'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol',
    'Tuple', 'Type', 'TypeVar', 'Union',
    # Container aliases.
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping',
    'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
    'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator',
    'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List',
    'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'BinaryIO', 'IO', 'TextIO',
    # Functions and the rest.
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin',
    'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString',
    'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs',
    'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable',
    'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard',
]

TYPE_CHECKING = False

_NoneType = type(None)
_PyAlias = types.GenericAlias      # list[int]
_PyUnion = types.UnionType         # int | str


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------

def _module_of_caller(depth=2, default='__main__'):
    """__name__ of the module `depth` frames above the caller of this."""
    try:
        return sys._getframe(depth).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return None


def _show(obj):
    """How a hint's member prints inside typing reprs: classes by their
    qualified name (builtins bare), functions by name, `...` as is."""
    if obj is ...:
        return '...'
    if isinstance(obj, type) and not isinstance(obj, _PyAlias):
        where = obj.__module__
        prefix = '' if where == 'builtins' else where + '.'
        return prefix + obj.__qualname__
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == '__' and name[-2:] == '__'


def _is_var(obj):
    """TypeVar or ParamSpec: what a generic is parameterised by."""
    return isinstance(obj, (TypeVar, ParamSpec))


def _hint_from(value, module=None, as_class_member=False):
    """What an annotation stands for: None means NoneType and a string is a
    forward reference; anything else is itself."""
    if isinstance(value, str):
        return ForwardRef(value, module=module, is_class=as_class_member)
    return _NoneType if value is None else value


def _type_check(arg, msg, is_argument=True, module=None,
                allow_special_forms=False):
    """Validate one member of a hint (with CPython 3.11's leniency: most
    objects pass) and return it, None and strings converted."""
    hint = _hint_from(arg, module, allow_special_forms)
    if isinstance(hint, _GenericAlias):
        # Generic[T] and Protocol[T] are never arguments; ClassVar[...] and
        # Final[...] only at the top of a class member's annotation.
        banned = [Generic, Protocol]
        if not allow_special_forms:
            banned.append(ClassVar)
            if is_argument:
                banned.append(Final)
        if hint.__origin__ in banned:
            raise TypeError(f"{hint} is not valid as type argument")
        return hint
    bare_ok = [Any, LiteralString, NoReturn, Never, Self, TypeAlias]
    if allow_special_forms:
        bare_ok += [ClassVar, Final]
    if hint in bare_ok:
        return hint
    if isinstance(hint, _SpecialForm) or hint in (Generic, Protocol):
        raise TypeError(f"Plain {hint} is not valid as type argument")
    if type(hint) is tuple:
        raise TypeError(f"{msg} Got {hint!r:.100}.")
    return hint


def _variables_in(args):
    """The type variables that occur in `args`, in order of appearance."""
    found = []

    def walk(items):
        for item in items:
            if isinstance(item, type):
                continue
            if _is_var(item):
                if item not in found:
                    found.append(item)
            elif isinstance(item, (list, tuple)):
                walk(item)
            elif isinstance(item, (_PyAlias, _PyUnion)):
                walk(item.__args__)
            else:
                for var in getattr(item, '__parameters__', ()):
                    if var not in found:
                        found.append(var)
    walk(args)
    return tuple(found)


def _check_count(target, params, expected):
    if not expected:
        raise TypeError(f"{target} is not a generic class")
    got = len(params)
    if got != expected:
        word = 'many' if got > expected else 'few'
        raise TypeError(f"Too {word} arguments for {target};"
                        f" actual {got}, expected {expected}")


def _dedup(params):
    kept = []
    for p in params:
        if p not in kept:
            kept.append(p)
    return tuple(kept)


def _union_members(params):
    flat = []
    for p in params:
        if isinstance(p, (_UnionGenericAlias, _PyUnion)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    return _dedup(flat)


def _substitute(hint, mapping):
    """`hint` with every type variable in `mapping` replaced."""
    if _is_var(hint):
        return mapping.get(hint, hint)
    if isinstance(hint, _GenericAlias):
        if not hint.__parameters__:
            return hint
        new = tuple(_substitute(a, mapping) for a in hint.__args__)
        return hint.copy_with(new)
    if isinstance(hint, _PyAlias):
        new = tuple(_substitute(a, mapping) for a in hint.__args__)
        if _is_callable_origin(hint):
            return _rebuild_callable(hint.__origin__, new)
        return _PyAlias(hint.__origin__, new)
    if isinstance(hint, _PyUnion):
        return functools.reduce(
            operator.or_, [_substitute(a, mapping) for a in hint.__args__])
    if isinstance(hint, (list, tuple)):
        return type(hint)(_substitute(a, mapping) for a in hint)
    return hint


def _bind(target, variables, params):
    """Check `params` against `variables` (the generic's parameters) and
    return the mapping from each variable to its argument."""
    if len(variables) == 1 and isinstance(variables[0], ParamSpec):
        # C[int, str] for a class generic in one ParamSpec means C[[int, str]].
        if not (len(params) == 1 and _is_param_expr(params[0])):
            params = (params,)
    _check_count(target, params, len(variables))
    mapping = {}
    for var, arg in zip(variables, params):
        mapping[var] = var.__typing_subst__(arg)
    return mapping


def _is_param_expr(obj):
    return (obj is ... or isinstance(obj, (ParamSpec, _ConcatenateHint,
                                           list, tuple)))


def _cached(typed=False):
    """Decorator memoising a subscription (as CPython does, so that
    List[int] is List[int]); unhashable arguments skip the memo."""
    def decorate(func):
        memo = functools.lru_cache(typed=typed)(func)

        @functools.wraps(func)
        def subscribe(*args):
            try:
                return memo(*args)
            except TypeError:
                # An unhashable argument, or a real error: the plain call
                # below repeats it in the latter case.
                pass
            return func(*args)
        return subscribe
    return decorate


class _Sealed:
    """Base of the classes user code may not subclass."""

    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        # Only this module may extend these classes.
        if cls.__module__ != _Sealed.__module__:
            raise TypeError("Cannot subclass special typing classes")


class _OrMixin:
    """`|` between hints makes a typing Union."""

    __slots__ = ()

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _ByName:
    """For objects that print as typing.NAME and pickle as their name."""

    __slots__ = ()

    def __repr__(self):
        return f'typing.{self._name}'

    def __reduce__(self):
        return self._name


def _refusal(template):
    """A method that always raises TypeError(template filled with self)."""
    def refuse(self, *args, **kwargs):
        raise TypeError(template.format(self))
    return refuse


# ---------------------------------------------------------------------------
# Special forms
# ---------------------------------------------------------------------------

class _SpecialForm(_ByName, _OrMixin, _Sealed):
    """A special form: prints as typing.NAME and is subscripted by the
    function it was made with (none: not subscriptable)."""

    def __init__(self, name, subscript=None, doc=None):
        self._name = name
        self._subscript = subscript
        self.__doc__ = doc

    def __getattr__(self, attr):
        if attr not in ('__name__', '__qualname__'):
            raise AttributeError(attr)
        return self._name

    # A form is neither a class nor a factory.
    __call__ = _refusal("Cannot instantiate {!r}")
    __mro_entries__ = _refusal("Cannot subclass {!r}")
    __instancecheck__ = _refusal("{} cannot be used with isinstance()")
    __subclasscheck__ = _refusal("{} cannot be used with issubclass()")
    __iter__ = None

    @_cached()
    def __getitem__(self, parameters):
        handler = self._subscript
        if handler is None:
            raise TypeError(f"{self} is not subscriptable")
        return handler(self, parameters)


def _one_type(form, parameters):
    hint = _type_check(parameters, f'{form} accepts only single type.')
    return _GenericAlias(form, (hint,))


def _one_named_type(form, parameters):
    # Required and NotRequired word their message differently.
    hint = _type_check(parameters,
                       f'{form._name} accepts only a single type.')
    return _GenericAlias(form, (hint,))


def _union_getitem(form, parameters):
    members = _as_tuple(parameters)
    if not members:
        raise TypeError("Cannot take a Union of no types.")
    why = "Union[arg, ...]: each arg must be a type."
    members = _union_members([_type_check(m, why) for m in members])
    if len(members) == 1:
        return members[0]
    # A two-member union with None is shown as Optional.
    label = ('Optional' if len(members) == 2 and _NoneType in members
             else 'Union')
    return _UnionGenericAlias(form, members, name=label)


def _optional_getitem(form, parameters):
    hint = _type_check(parameters, f"{form} requires a single type.")
    return Union[hint, _NoneType]


def _literal_getitem(form, parameters):
    """Literal[...]: nested Literals are flattened, and repeats dropped (1
    and True count as different values)."""
    flat = []
    for value in _as_tuple(parameters):
        flat.extend(value.__args__ if isinstance(value, _LiteralHint)
                    else [value])
    kept, keys = [], []
    for value in flat:
        key = (value, type(value))
        try:
            repeated = key in keys
        except TypeError:
            repeated = False
        if not repeated:
            keys.append(key)
            kept.append(value)
    return _LiteralHint(form, tuple(kept))


def _concatenate_getitem(form, parameters):
    *prefix, last = _as_tuple(parameters) or (None,)
    if last is None and not prefix:
        raise TypeError("Cannot take a Concatenate of no types.")
    if last is not ... and not isinstance(last, ParamSpec):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    why = "Concatenate[arg, ...]: each arg must be a type."
    checked = [_type_check(p, why) for p in prefix]
    return _ConcatenateHint(form, (*checked, last))


class _AnyType(type):
    """Metaclass of Any, so that the class itself prints and refuses
    isinstance() the way typing.Any does."""

    def __repr__(cls):
        return 'typing.Any' if cls is Any else type.__repr__(cls)

    def __instancecheck__(cls, obj):
        if cls is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return type.__instancecheck__(cls, obj)


class Any(metaclass=_AnyType):
    """Compatible with every type; may also be subclassed."""

    def __new__(cls, *args, **kwargs):
        if cls is not Any:
            return super().__new__(cls)
        raise TypeError("Any cannot be instantiated")


NoReturn = _SpecialForm('NoReturn', doc="The return type of a function that never returns.")
Never = _SpecialForm('Never', doc="The bottom type: no value has it.")
Self = _SpecialForm('Self', doc="The type of the enclosing class's instances.")
LiteralString = _SpecialForm('LiteralString', doc="A str built only from literals.")
TypeAlias = _SpecialForm('TypeAlias', doc="Marks an explicit type alias.")
ClassVar = _SpecialForm('ClassVar', _one_type, "A class attribute, not an instance one.")
Final = _SpecialForm('Final', _one_type, "A name that may not be reassigned.")
Union = _SpecialForm('Union', _union_getitem, "Union[X, Y]: either X or Y.")
Optional = _SpecialForm('Optional', _optional_getitem, "Optional[X] is Union[X, None].")


class _LiteralForm(_SpecialForm):
    # Literal[1] and Literal[True] are equal keys to an untyped memo.
    def __getitem__(self, parameters):
        return _literal_memo(self, *_as_tuple(parameters))


@_cached(typed=True)
def _literal_memo(form, *values):
    return _literal_getitem(form, values)


Literal = _LiteralForm('Literal', _literal_getitem,
                       "A hint for exactly these values.")
Concatenate = _SpecialForm('Concatenate', _concatenate_getitem,
                    "Prepends positional parameters to a ParamSpec.")
TypeGuard = _SpecialForm('TypeGuard', _one_type,
                         "The return type of a user-defined type guard.")
Required = _SpecialForm('Required', _one_named_type,
                        "A TypedDict key that must be present.")
NotRequired = _SpecialForm('NotRequired', _one_named_type,
                           "A TypedDict key that may be absent.")


# ---------------------------------------------------------------------------
# Hints: subscripted ones and the bare container aliases
# ---------------------------------------------------------------------------

def _is_generic_base(base):
    return isinstance(base, _Hint) or (isinstance(base, type)
                                       and issubclass(base, Generic))


class _Hint(_OrMixin, _Sealed):
    """What every hint object made here shares: an origin, calling it,
    subclassing it, and forwarding other attributes to the origin."""

    # Attributes kept on the hint itself, never forwarded to the origin.
    _OWN = frozenset({'_name', '_inst', '_arity'})

    def __init__(self, origin, name=None, instantiable=True):
        self.__origin__ = origin
        self._name = name
        self._inst = instantiable

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        # List(), Dict() and the like: only the builtin itself is callable.
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {origin.__name__}() instead")
        made = origin(*args, **kwargs)
        # Remember the hint on the object when it lets us.
        with contextlib.suppress(AttributeError):
            made.__orig_class__ = self
        return made

    def __mro_entries__(self, bases):
        origin = self.__origin__
        entries = () if origin in bases else (origin,)
        after = bases[bases.index(self) + 1:]
        if not any(_is_generic_base(b) for b in after):
            entries += (Generic,)
        return entries

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        forwarded = '__origin__' in self.__dict__ and not _is_dunder(attr)
        if not forwarded:
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __setattr__(self, attr, value):
        if _is_dunder(attr) or attr in self._OWN:
            object.__setattr__(self, attr, value)
        else:
            setattr(self.__origin__, attr, value)

    def __instancecheck__(self, obj):
        return issubclass(type(obj), self)

    __subclasscheck__ = _refusal("Subscripted generics cannot be used with"
                                 " class and instance checks")


class _GenericAlias(_Hint):
    """A subscripted hint: List[int], ClassVar[int], C[T], Generic[T]."""

    def __init__(self, origin, args, name=None, instantiable=True):
        super().__init__(origin, name, instantiable)
        self.__args__ = _as_tuple(args)
        self.__parameters__ = _variables_in(self.__args__)
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def copy_with(self, args):
        return type(self)(self.__origin__, args, self._name, self._inst)

    def _identity(self):
        return (self.__origin__, self.__args__)

    def __eq__(self, other):
        if isinstance(other, _GenericAlias):
            return self._identity() == other._identity()
        return NotImplemented

    def __hash__(self):
        return hash(self._identity())

    @_cached()
    def __getitem__(self, params):
        variables = self.__parameters__
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not variables:
            raise TypeError(f"{self} is not a generic class")
        mapping = _bind(self, variables, _as_tuple(params))
        return self.copy_with(
            tuple(_substitute(a, mapping) for a in self.__args__))

    def __repr__(self):
        head = f'typing.{self._name}' if self._name else _show(self.__origin__)
        inner = ', '.join(_show(a) for a in self.__args__)
        return f'{head}[{inner or "()"}]'

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return _Hint.__mro_entries__(self, bases)
        if origin is Generic:
            # Generic[T] adds nothing when Protocol or another generic
            # base will bring Generic in.
            after = bases[bases.index(self) + 1:]
            if Protocol in bases or any(
                    isinstance(b, _Hint) and b is not self for b in after):
                return ()
        return (origin,)


class _SpecialGenericAlias(_ByName, _Hint):
    """An unsubscripted container alias such as List or Mapping: it takes
    `arity` arguments and stands for its origin in class checks."""

    def __init__(self, origin, arity, instantiable=True, name=None):
        super().__init__(origin, name or origin.__name__, instantiable)
        self._arity = arity
        self.__doc__ = f'Alias of {origin.__module__}.{origin.__qualname__}.'

    @_cached()
    def __getitem__(self, params):
        why = "Parameters to generic types must be types."
        checked = tuple(_type_check(p, why) for p in _as_tuple(params))
        _check_count(self, checked, self._arity)
        return self.copy_with(checked)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            cls = cls.__origin__
        elif isinstance(cls, _GenericAlias):
            return _Hint.__subclasscheck__(self, cls)
        return issubclass(cls, self.__origin__)

    __iter__ = None


class _TupleAlias(_SpecialGenericAlias):
    """Tuple: any number of arguments, or one followed by `...`."""

    @_cached()
    def __getitem__(self, params):
        if params == ():
            return self.copy_with(())
        why = "Tuple[t0, t1, ...]: each t must be a type."
        items = list(_as_tuple(params))
        open_ended = len(items) > 1 and items[-1] is ...
        if open_ended:
            items.pop()
        items = [_type_check(p, why) for p in items]
        if open_ended:
            items.append(...)
        return self.copy_with(tuple(items))


class _CallableAlias(_SpecialGenericAlias):
    """Callable: subscripted as Callable[[A, B], R] or Callable[..., R]."""

    def copy_with(self, params):
        return _CallableHint(self.__origin__, params, self._name, self._inst)

    def __getitem__(self, params):
        if type(params) is not tuple or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        arguments, result = params
        if type(arguments) is list:
            arguments = tuple(arguments)
        return self._subscribe(arguments, result)

    @_cached()
    def _subscribe(self, arguments, result):
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if isinstance(arguments, (list, tuple)):
            why = "Callable[[arg, ...], result]: each arg must be a type."
            arguments = tuple(_type_check(a, why) for a in arguments)
        else:
            # `...`, a ParamSpec or a Concatenate stands for all of them.
            arguments = (arguments,)
        return self.copy_with(arguments + (result,))


class _CallableHint(_GenericAlias):
    """Callable[[A, B], R]: __args__ is (A, B, R)."""

    def __init__(self, origin, args, name='Callable', instantiable=True):
        args = _as_tuple(args)
        # Substituting a ParamSpec by a list of types flattens it in.
        if len(args) == 2 and isinstance(args[0], (list, tuple)):
            args = (*args[0], args[1])
        super().__init__(origin, args, name, instantiable)

    def __repr__(self):
        *params, result = self.__args__
        if len(params) == 1 and _is_param_expr(params[0]):
            return super().__repr__()
        listed = ', '.join(map(_show, params))
        return f'typing.Callable[[{listed}], {_show(result)}]'


class _UnionGenericAlias(_GenericAlias):
    """Union[A, B] (and Optional[A]): compared as a set of members, and
    usable with isinstance()."""

    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if isinstance(other, (_UnionGenericAlias, _PyUnion)):
            ours, theirs = self.__args__, other.__args__
            return (all(m in theirs for m in ours)
                    and all(m in ours for m in theirs))
        return NotImplemented

    # Order does not matter: Union[int, str] == Union[str, int].
    def _identity(self):
        return frozenset(self.__args__)

    __hash__ = _GenericAlias.__hash__

    def __repr__(self):
        first, *rest = self.__args__
        if len(rest) == 1 and _NoneType in (first, rest[0]):
            kept = rest[0] if first is _NoneType else first
            return f'typing.Optional[{_show(kept)}]'
        return super().__repr__()

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, member) for member in self.__args__)


class _LiteralHint(_GenericAlias):
    """Literal[...]: values compare together with their types, in any
    order."""

    def _identity(self):
        return frozenset((v, type(v)) for v in self.__args__)

    def __eq__(self, other):
        if isinstance(other, _LiteralHint):
            mine = [(v, type(v)) for v in self.__args__]
            theirs = [(v, type(v)) for v in other.__args__]
            return (all(k in theirs for k in mine)
                    and all(k in mine for k in theirs))
        return NotImplemented

    def __hash__(self):
        return hash(self._identity())


class _ConcatenateHint(_GenericAlias):
    """Concatenate[A, P]; substituting P splices its replacement in."""

    def copy_with(self, params):
        *prefix, tail = params
        if isinstance(tail, (list, tuple)):
            return (*prefix, *tail)
        if isinstance(tail, _ConcatenateHint):
            params = (*prefix, *tail.__args__)
        return super().copy_with(params)


class _AnnotatedHint(_GenericAlias):
    """Annotated[T, x, ...]: __origin__ is T, the rest is __metadata__."""

    def __init__(self, origin, metadata):
        # Annotated[Annotated[T, x], y] is Annotated[T, x, y].
        while isinstance(origin, _AnnotatedHint):
            origin, metadata = origin.__origin__, origin.__metadata__ + metadata
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedHint(params[0], self.__metadata__)

    def __repr__(self):
        shown = [_show(self.__origin__)] + [repr(m) for m in self.__metadata__]
        return f"typing.Annotated[{', '.join(shown)}]"

    def _identity(self):
        return (self.__origin__, self.__metadata__)

    def __eq__(self, other):
        if isinstance(other, _AnnotatedHint):
            return self._identity() == other._identity()
        return NotImplemented

    def __hash__(self):
        return hash(self._identity())

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return 'Annotated'
        return _Hint.__getattr__(self, attr)


class Annotated:
    """Annotated[T, x]: the type T with context-specific metadata x."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if type(params) is tuple and len(params) > 1:
            return _annotated_memo(*params)
        raise TypeError("Annotated[...] should be used "
                        "with at least two arguments (a type and an "
                        "annotation).")

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


@_cached(typed=True)
def _annotated_memo(origin, *metadata):
    origin = _type_check(origin, "Annotated[t, ...]: t must be a type.",
                         allow_special_forms=True)
    return _AnnotatedHint(origin, metadata)


# ---------------------------------------------------------------------------
# Forward references
# ---------------------------------------------------------------------------

def _namespaces_for(globalns, localns, module):
    """The (globals, locals) pair a forward reference is evaluated in: a
    missing one borrows the other (both missing: one fresh dict), and a
    reference that knows its module looks names up there."""
    if globalns is None:
        globalns = {} if localns is None else localns
    if localns is None:
        localns = globalns
    if module is not None:
        home = sys.modules.get(module)
        globalns = getattr(home, '__dict__', globalns)
    return globalns, localns


class ForwardRef(_OrMixin, _Sealed):
    """A hint written as a string, evaluated later (by get_type_hints)."""

    __slots__ = ('__forward_arg__', '__forward_evaluated__',
                 '__forward_value__', '__forward_is_argument__',
                 '__forward_is_class__', '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        state = {'arg': arg, 'evaluated': False, 'value': None,
                 'is_argument': is_argument, 'is_class': is_class,
                 'module': module}
        for field, value in state.items():
            setattr(self, f'__forward_{field}__', value)

    def _evaluate(self, globalns, localns, recursive_guard):
        text = self.__forward_arg__
        if text in recursive_guard:
            # Already being evaluated further up: leave the cycle as is.
            return self
        # A cached answer is reused only when no separate locals are given.
        if self.__forward_evaluated__ and localns is globalns:
            return self.__forward_value__
        g, l = _namespaces_for(globalns, localns, self.__forward_module__)
        hint = _type_check(eval(text, g, l),
                           "Forward references must evaluate to types.",
                           is_argument=self.__forward_is_argument__,
                           allow_special_forms=self.__forward_is_class__)
        value = _eval_type(hint, g, l, recursive_guard | {text})
        self.__forward_value__, self.__forward_evaluated__ = value, True
        return value

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_arg__ != other.__forward_arg__:
            return False
        # Two evaluated references compare by what they evaluated to, the
        # others by where they would be evaluated.
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return self.__forward_value__ == other.__forward_value__
        return self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        key = (self.__forward_arg__, self.__forward_module__)
        return hash(key)

    def __repr__(self):
        where = self.__forward_module__
        suffix = '' if where is None else f', module={where!r}'
        return f'ForwardRef({self.__forward_arg__!r}{suffix})'


# ---------------------------------------------------------------------------
# Type variables
# ---------------------------------------------------------------------------

def _same_object(self, *memo):
    return self


class _VarBase(_OrMixin, _Sealed):
    """Shared by TypeVar and ParamSpec: name, variance, bound, and the
    module the variable was created in."""

    def _setup(self, name, bound, covariant, contravariant):
        self.__name__ = name
        co, contra = bool(covariant), bool(contravariant)
        if co and contra:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__, self.__contravariant__ = co, contra
        self.__bound__ = None
        if bound:
            self.__bound__ = _type_check(bound, "Bound must be a type.")
        where = _module_of_caller(3)
        if where != 'typing':
            self.__module__ = where

    def __repr__(self):
        if self.__contravariant__:
            return '-' + self.__name__
        return ('+' if self.__covariant__ else '~') + self.__name__

    def __reduce__(self):
        return self.__name__

    # Variables are singletons as far as copying goes.
    __copy__ = __deepcopy__ = _same_object


class TypeVar(_VarBase):
    """A type variable: T = TypeVar('T'), optionally constrained
    (TypeVar('S', int, str)) or bounded (TypeVar('N', bound=int))."""

    def __init__(self, name, *constraints, bound=None,
                 covariant=False, contravariant=False):
        self._setup(name, bound, covariant, contravariant)
        if constraints:
            if bound is not None:
                raise TypeError("Constraints cannot be combined with bound=...")
            if len(constraints) == 1:
                raise TypeError("A single constraint is not allowed")
        why = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(c, why) for c in constraints)

    def __typing_subst__(self, arg):
        return _type_check(arg, "Parameters to generic types must be types.")


class _ParamSpecPart(_Sealed):
    """P.args or P.kwargs (which one: the subclass's `_part`)."""

    _part = None

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.{self._part}"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.__origin__ == other.__origin__

    # Equal parts compare equal but, as in CPython 3.11, are unhashable.
    __hash__ = None


class ParamSpecArgs(_ParamSpecPart):
    """P.args: the positional arguments of a ParamSpec P."""
    _part = 'args'


class ParamSpecKwargs(_ParamSpecPart):
    """P.kwargs: the keyword arguments of a ParamSpec P."""
    _part = 'kwargs'


class ParamSpec(_VarBase):
    """A parameter specification variable: P = ParamSpec('P') stands for
    the whole parameter list of a callable."""

    args = property(ParamSpecArgs)
    kwargs = property(ParamSpecKwargs)

    def __init__(self, name, *, bound=None, covariant=False,
                 contravariant=False):
        self._setup(name, bound, covariant, contravariant)

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_type_check(a, "Expected a type.") for a in arg)
        if _is_param_expr(arg):
            return arg
        raise TypeError("Expected a list of types, an ellipsis, "
                        f"ParamSpec, or Concatenate. Got {arg}")


# ---------------------------------------------------------------------------
# Generic and Protocol
# ---------------------------------------------------------------------------

def _check_declaration(root, params):
    """Generic[...] and Protocol[...] take distinct type variables."""
    if not params:
        raise TypeError(
            f"Parameter list to {root.__qualname__}[...] cannot be empty")
    if not all(map(_is_var, params)):
        raise TypeError(
            f"Parameters to {root.__name__}[...] must all be type "
            "variables or parameter specification variables.")
    if len(set(params)) != len(params):
        raise TypeError(
            f"Parameters to {root.__name__}[...] must all be unique")


def _class_parameters(written_bases):
    """A generic class's __parameters__ from the bases as written: the
    variables in order of appearance, unless a Generic[...] base lists them
    (then it must list every one)."""
    found = _variables_in(written_bases)
    declarations = [b for b in written_bases if isinstance(b, _GenericAlias)
                    and b.__origin__ is Generic]
    if not declarations:
        return found
    if len(declarations) > 1:
        raise TypeError("Cannot inherit from Generic[...] multiple times.")
    declared = declarations[0].__parameters__
    undeclared = [v for v in found if v not in declared]
    if undeclared:
        listed = ', '.join(map(str, undeclared))
        allowed = ', '.join(map(str, declared))
        raise TypeError(f"Some type variables ({listed}) are"
                        f" not listed in Generic[{allowed}]")
    return tuple(declared)


class Generic:
    """Base class of generic classes: class Box(Generic[T]) makes Box[int]
    mean a Box of ints."""

    __slots__ = ()
    _is_protocol = False

    @_cached()
    def __class_getitem__(cls, params):
        params = tuple(_hint_from(p) for p in _as_tuple(params))
        if cls in (Generic, Protocol):
            _check_declaration(cls, params)
            return _GenericAlias(cls, params)
        # A generic class: bind its own variables.
        variables = cls.__parameters__
        mapping = _bind(cls, variables, params)
        return _GenericAlias(cls, tuple(mapping[v] for v in variables))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        written = cls.__dict__.get('__orig_bases__')
        if written is not None:
            bare = Generic in written
        else:
            # Protocol itself and TypedDicts may list Generic bare.
            bare = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                    and type(cls) is not _TypedDictMeta)
        if bare:
            raise TypeError("Cannot inherit from plain Generic")
        cls.__parameters__ = (() if written is None
                              else _class_parameters(written))


# Names a protocol's members never include.
_NOT_MEMBERS = frozenset({
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
    '_is_runtime_protocol', '__abstractmethods__', '__annotations__',
    '__dict__', '__doc__', '__init__', '__module__', '__new__', '__slots__',
    '__subclasshook__', '__weakref__', '__class_getitem__', '__qualname__',
    '_MutableMapping__marker', '__init_subclass__',
})


def _protocol_members(cls):
    """Every attribute a protocol asks for: what its classes (Protocol and
    Generic aside) define or annotate."""
    members = set()
    for klass in cls.__mro__[:-1]:
        if klass.__name__ in ('Protocol', 'Generic'):
            continue
        own = klass.__dict__
        members.update(name for name in [*own, *own.get('__annotations__', {})]
                       if name not in _NOT_MEMBERS
                       and not name.startswith('_abc_'))
    return members


def _only_methods(cls):
    return all(callable(getattr(cls, name, None))
               for name in _protocol_members(cls))


def _has_members(obj, proto):
    """Does `obj` have every member of `proto`?  (A method the object sets
    to None counts as missing.)"""
    for name in _protocol_members(proto):
        if not hasattr(obj, name):
            return False
        if callable(getattr(proto, name, None)) and getattr(obj, name) is None:
            return False
    return True


def _provides(klass, name):
    """Does the class `klass` provide protocol member `name`?  The nearest
    definition decides (None: no); a protocol may also just annotate it."""
    for base in klass.__mro__:
        own = base.__dict__
        if name in own:
            return own[name] is not None
        if (name in own.get('__annotations__', {})
                and issubclass(klass, Generic) and klass._is_protocol):
            return True
    return False


def _by_machinery(up):
    """True when the frame `up` levels above our caller belongs to abc or
    functools, which probe every class of an MRO (protocols included)."""
    return _module_of_caller(2 + up) in ('abc', 'functools', None)


def _refuse_protocol_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


def _inherited_init(cls):
    """The first __init__ along the MRO that is not the protocols' refusal."""
    for klass in cls.__mro__:
        init = klass.__dict__.get('__init__')
        if init is not None and init is not _refuse_protocol_init:
            return init
    return None


# Classes from other modules a protocol may inherit from.
_PROTOCOL_BASES = {
    'collections.abc': {'Callable', 'Awaitable', 'Iterable', 'Iterator',
                        'AsyncIterable', 'Hashable', 'Sized', 'Container',
                        'Collection', 'Reversible'},
    'contextlib': {'AbstractContextManager', 'AbstractAsyncContextManager'},
}


def _fits_protocol(base):
    """May a protocol list `base` among its bases?"""
    if base in (object, Generic):
        return True
    if base.__name__ in _PROTOCOL_BASES.get(base.__module__, ()):
        return True
    return issubclass(base, Generic) and base._is_protocol


_UNCHECKABLE = ("Instance and class checks can only be used with"
                " @runtime_checkable protocols")


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if not getattr(cls, '_is_protocol', False):
            # A concrete class somewhere below a protocol.
            if issubclass(instance.__class__, cls):
                return True
            return super().__instancecheck__(instance)
        if (not getattr(cls, '_is_runtime_protocol', False)
                and not _by_machinery(1)):
            raise TypeError(_UNCHECKABLE)
        if _only_methods(cls) and issubclass(instance.__class__, cls):
            return True
        if _has_members(instance, cls):
            return True
        return super().__instancecheck__(instance)


def _protocol_hook_for(cls):
    """The __subclasshook__ a protocol gets: structural issubclass()."""
    def hook(other):
        if not cls.__dict__.get('_is_protocol', False):
            return NotImplemented
        if not getattr(cls, '_is_runtime_protocol', False):
            problem = _UNCHECKABLE
        elif not _only_methods(cls):
            problem = ("Protocols with non-method members"
                       " don't support issubclass()")
        else:
            problem = None
        if problem is not None:
            # abc and functools probe quietly; a user's check is refused.
            if _by_machinery(2):
                return NotImplemented
            raise TypeError(problem)
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if all(_provides(other, name) for name in _protocol_members(cls)):
            return True
        return NotImplemented
    return hook


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of protocols: classes that describe what an object can do
    (its methods) rather than what it inherits from."""

    __slots__ = ()
    # Protocol's subclasses are protocols when they list Protocol among
    # their bases; isinstance() checks need @runtime_checkable.
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        own = cls.__dict__
        if not own.get('_is_protocol', False):
            cls._is_protocol = Protocol in cls.__bases__
        if '__subclasshook__' not in own:
            cls.__subclasshook__ = _protocol_hook_for(cls)
        if cls._is_protocol:
            for base in cls.__bases__:
                if not _fits_protocol(base):
                    raise TypeError('Protocols can only inherit from other'
                                    ' protocols, got %r' % base)
            # Like CPython 3.11, a protocol that defines __init__ keeps it.
            if all('__init__' not in k.__dict__ for k in cls.__mro__[:-1]):
                cls.__init__ = _refuse_protocol_init
        elif cls.__init__ is _refuse_protocol_init:
            # A concrete class: give it back the first real __init__.
            init = _inherited_init(cls)
            if init is not None:
                cls.__init__ = init


def runtime_checkable(cls):
    """Class decorator: let isinstance() check a protocol (by the presence
    of its members)."""
    if issubclass(cls, Generic) and cls._is_protocol:
        cls._is_runtime_protocol = True
        return cls
    raise TypeError('@runtime_checkable can be only applied to protocol'
                    ' classes, got %r' % cls)


# ---------------------------------------------------------------------------
# The container aliases
# ---------------------------------------------------------------------------

def _define_aliases(home, spec, instantiable=True):
    """Make the bare container aliases listed in `spec`: each entry is
    ORIGIN:ARITY (the alias named as its origin) or ORIGIN=ALIAS:ARITY,
    with ORIGIN looked up in the `home` namespace.  Origins weft lacks are
    skipped (their names then drop out of __all__)."""
    for entry in spec.split():
        names, _, arity = entry.partition(':')
        origin_name, _, alias_name = names.partition('=')
        origin = home.get(origin_name)
        if origin is not None:
            globals()[alias_name or origin_name] = _SpecialGenericAlias(
                origin, int(arity), instantiable, alias_name or origin_name)


_define_aliases(vars(_abcs), """
    Hashable:0 Sized:0 ByteString:0
    Awaitable:1 AsyncIterable:1 AsyncIterator:1 Iterable:1 Iterator:1
    Reversible:1 Container:1 Collection:1 Set=AbstractSet:1 MutableSet:1
    Sequence:1 MutableSequence:1 MappingView:1 KeysView:1 ValuesView:1
    Mapping:2 MutableMapping:2 ItemsView:2 AsyncGenerator:2
    Coroutine:3 Generator:3
""")
_define_aliases(vars(collections), """
    deque=Deque:1 Counter:1 defaultdict=DefaultDict:2 OrderedDict:2
    ChainMap:2
""")
_define_aliases(vars(contextlib), """
    AbstractContextManager=ContextManager:1
    AbstractAsyncContextManager=AsyncContextManager:1
""")
# The builtins' aliases refuse to be called: List() says to use list().
_define_aliases({'list': list, 'set': set, 'frozenset': frozenset,
                 'dict': dict, 'type': type}, """
    list=List:1 set=Set:1 frozenset=FrozenSet:1 type=Type:1 dict=Dict:2
""", instantiable=False)

# Tuple and Callable take arguments their own way.
Tuple = _TupleAlias(tuple, -1, False, 'Tuple')
Callable = _CallableAlias(_abcs.Callable, 2)

Text = str

# The type variables typing's own generics are written with.
for _var_name, _var_args, _var_options in (
        ('T', (), {}), ('KT', (), {}), ('VT', (), {}),
        ('T_co', (), {'covariant': True}), ('V_co', (), {'covariant': True}),
        ('VT_co', (), {'covariant': True}),
        ('T_contra', (), {'contravariant': True}),
        ('CT_co', (), {'covariant': True, 'bound': type}),
        ('AnyStr', (bytes, str), {})):
    globals()[_var_name] = TypeVar(_var_name, *_var_args, **_var_options)
del _var_name, _var_args, _var_options


# ---------------------------------------------------------------------------
# The Supports* protocols, and IO, TextIO, BinaryIO (hints for files)
# ---------------------------------------------------------------------------

def _abstract(owner, name, returns, as_property=False):
    """An abstract member `name` of the class `owner` (which it documents
    only: the body never runs)."""
    def member(self, *args, **kwargs):
        pass
    member.__name__ = name
    member.__qualname__ = f'{owner}.{name}'
    member.__annotations__ = {'return': returns}
    member = abstractmethod(member)
    return property(member) if as_property else member


def _interface(name, bases, doc, members, orig_bases=None):
    """Build a class of this module with the given abstract members, each
    (name, return hint) or (name, return hint, True) for a property."""
    ns = {'__module__': __name__, '__qualname__': name, '__doc__': doc,
          '__slots__': ()}
    for spec in members:
        ns[spec[0]] = _abstract(name, *spec)
    if orig_bases is not None:
        ns['__orig_bases__'] = orig_bases
    meta = type(bases[0])
    return meta(name, bases, ns)


def _supports(dunder, returns, generic=False):
    name = 'Supports' + dunder.strip('_').capitalize()
    if generic:
        cls = _interface(name, (Protocol,),
                         f"An object with {dunder}, whose result has the"
                         " parameter's type.",
                         [(dunder, returns)], orig_bases=(Protocol[T_co],))
    else:
        cls = _interface(name, (Protocol,), f"An object with {dunder}.",
                         [(dunder, returns)])
    globals()[name] = runtime_checkable(cls)


for _dunder, _result in (('__int__', int), ('__float__', float),
                         ('__complex__', complex), ('__bytes__', bytes),
                         ('__index__', int)):
    _supports(_dunder, _result)
_supports('__abs__', T_co, generic=True)
_supports('__round__', T_co, generic=True)
del _dunder, _result


IO = _interface('IO', (Generic,),
                "The interface of file objects, generic in str or bytes.", [
    ('mode', str, True), ('name', str, True), ('closed', bool, True),
    ('close', None), ('fileno', int), ('flush', None), ('isatty', bool),
    ('read', AnyStr), ('readable', bool), ('readline', AnyStr),
    ('readlines', 'List[AnyStr]'), ('seek', int), ('seekable', bool),
    ('tell', int), ('truncate', int), ('writable', bool), ('write', int),
    ('writelines', None), ('__enter__', 'IO[AnyStr]'), ('__exit__', None),
], orig_bases=(Generic[AnyStr],))

BinaryIO = _interface('BinaryIO', (IO,), "A file object for bytes.", [
    ('write', int), ('__enter__', 'BinaryIO'),
], orig_bases=(IO[bytes],))

TextIO = _interface('TextIO', (IO,), "A file object for text.", [
    ('buffer', BinaryIO, True), ('encoding', str, True),
    ('errors', 'Optional[str]', True), ('line_buffering', bool, True),
    ('newlines', Any, True), ('__enter__', 'TextIO'),
], orig_bases=(IO[str],))


# ---------------------------------------------------------------------------
# NamedTuple
# ---------------------------------------------------------------------------

def _fields_argument(fields, kwargs, clash):
    """The fields of a functional NamedTuple/TypedDict call, given either
    positionally or as keywords (`clash`: the message when both are)."""
    if fields is not None and kwargs:
        raise TypeError(clash)
    return kwargs if fields is None else fields


def _make_namedtuple(name, fields, module, defaults=()):
    names = [n for n, _ in fields]
    hints = {n: _type_check(t, f"field {n} annotation must be a type")
             for n, t in fields}
    made = collections.namedtuple(name, names, defaults=defaults,
                                  module=module)
    made.__annotations__ = hints
    # The constructor carries the hints too, where it can.
    with contextlib.suppress(AttributeError, TypeError):
        made.__new__.__annotations__ = hints
    return made


# Names a NamedTuple class body may not define.
_NT_RESERVED = frozenset({'__new__', '__init__', '__slots__',
                          '__getnewargs__', '_fields', '_field_defaults',
                          '_make', '_replace', '_asdict', '_source'})
_NT_SKIPPED = frozenset({'__module__', '__name__', '__annotations__'})


def _split_defaults(hints, ns):
    """The fields given a value in the class body, checking that they all
    come after those without one."""
    with_value = []
    for field in hints:
        if field in ns:
            with_value.append(field)
        elif with_value:
            plural = 's' if len(with_value) > 1 else ''
            raise TypeError(f"Non-default namedtuple field {field} "
                            f"cannot follow default field{plural} "
                            f"{', '.join(with_value)}")
    return with_value


class NamedTupleMeta(type):
    """Turns a `class X(NamedTuple)` body into a collections.namedtuple."""

    def __new__(mcls, typename, bases, ns):
        if any(base is not _NamedTupleBase for base in bases):
            raise TypeError(
                'can only inherit from a NamedTuple type and Generic')
        hints = ns.get('__annotations__', {})
        with_value = _split_defaults(hints, ns)
        made = _make_namedtuple(typename, list(hints.items()),
                                ns['__module__'],
                                [ns[n] for n in with_value])
        # Everything else the body defines (methods, docstring, ...) is
        # copied over; the namedtuple machinery itself may not be replaced.
        for key, value in ns.items():
            if key in _NT_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute "
                                     + key)
            if key not in _NT_SKIPPED and key not in made._fields:
                setattr(made, key, value)
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    """A namedtuple with field types: class syntax (fields as annotations,
    defaults as values) or NamedTuple('Name', [('field', type), ...])."""
    fields = _fields_argument(
        fields, kwargs.items() if kwargs else None,
        "Either list of fields or keywords can be provided to NamedTuple,"
        " not both")
    if fields is None:
        fields = {}.items()
    return _make_namedtuple(typename, list(fields), _module_of_caller())


_NamedTupleBase = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


# ---------------------------------------------------------------------------
# TypedDict
# ---------------------------------------------------------------------------

def _key_kind(hint):
    """Required, NotRequired or None: how a TypedDict key's hint marks it
    (looking inside one Annotated wrapper)."""
    origin = get_origin(hint)
    if origin is Annotated:
        inner = get_args(hint)
        if inner:
            origin = get_origin(inner[0])
    return origin if origin in (Required, NotRequired) else None


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        if any(type(b) is not _TypedDictMeta and b is not Generic
               for b in bases):
            raise TypeError('cannot inherit from both a TypedDict type '
                            'and a non-TypedDict base class')
        generic = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        made = type.__new__(_TypedDictMeta, name, generic + (dict,), ns)
        why = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {key: _type_check(hint, why, module=made.__module__)
               for key, hint in ns.get('__annotations__', {}).items()}
        # Start from what the bases declare, then add this body's keys.
        hints, required, optional = {}, set(), set()
        for base in bases:
            inherited = base.__dict__
            hints.update(inherited.get('__annotations__', {}))
            required.update(inherited.get('__required_keys__', ()))
            optional.update(inherited.get('__optional_keys__', ()))
        hints.update(own)
        for key, hint in own.items():
            kind = _key_kind(hint)
            if kind is None:
                kind = Required if total else NotRequired
            (required if kind is Required else optional).add(key)
        made.__annotations__ = hints
        made.__required_keys__ = frozenset(required)
        made.__optional_keys__ = frozenset(optional)
        if not hasattr(made, '__total__'):
            made.__total__ = total
        return made

    def __call__(cls, *args, **kwargs):
        # Instances are plain dicts.
        return dict(*args, **kwargs)

    __subclasscheck__ = __instancecheck__ = _refusal(
        'TypedDict does not support instance and class checks')


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys: class syntax (keys as
    annotations; total=False makes them optional) or
    TypedDict('Name', {'key': type, ...}).  Instances are plain dicts."""
    fields = _fields_argument(
        fields, kwargs,
        "TypedDict takes either a dict or keyword arguments, but not both")
    ns = {'__annotations__': dict(fields)}
    caller = _module_of_caller()
    if caller is not None:
        ns['__module__'] = caller
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDictBase = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)


def is_typeddict(tp):
    """True for classes made by TypedDict."""
    return isinstance(tp, _TypedDictMeta)


# ---------------------------------------------------------------------------
# NewType
# ---------------------------------------------------------------------------

class NewType(_OrMixin):
    """UserId = NewType('UserId', int): a distinct name for a type, for the
    checker; at run time calling it returns its argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        caller = _module_of_caller()
        if caller != 'typing':
            self.__module__ = caller

    def __mro_entries__(self, bases):
        # Subclassing is refused, with a hint at what was probably meant,
        # once the subclass's name is known.
        supertype_name = self.__name__

        class _NotSubclassable:
            def __init_subclass__(cls):
                wanted = cls.__name__
                raise TypeError(
                    "Cannot subclass an instance of NewType. Perhaps you "
                    f"were looking for: `{wanted} = NewType({wanted!r}, "
                    f"{supertype_name})`")
        return (_NotSubclassable,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, value):
        # At run time a NewType is the identity function.
        return value

    def __reduce__(self):
        return self.__qualname__


# ---------------------------------------------------------------------------
# Functions
# ---------------------------------------------------------------------------

def cast(typ, val):
    """Tell the type checker that `val` has type `typ`; returns `val`."""
    return val


def assert_type(val, typ, /):
    """Ask the type checker to confirm `val` has type `typ`; returns `val`."""
    return val


def assert_never(arg, /):
    """Mark code the checker should prove unreachable; raises if reached."""
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {shown}")


def reveal_type(obj, /):
    """Print the run-time type of `obj` to stderr and return `obj`."""
    sys.stderr.write(f"Runtime type is {type(obj).__name__!r}\n")
    return obj


def final(f):
    """Decorator marking a method or class final (sets __final__)."""
    # Objects that take no attributes are returned unmarked.
    with contextlib.suppress(AttributeError, TypeError):
        f.__final__ = True
    return f


def _defined_in(owner, obj):
    """Was the function or class `obj` written in the body of `owner`?"""
    return (obj.__module__ == owner.__module__ and
            obj.__qualname__ == f'{owner.__qualname__}.{obj.__name__}')


def no_type_check(arg):
    """Decorator: the checker ignores this function's (or class's) hints."""
    if isinstance(arg, type):
        # Mark what the class body itself defines, nested classes included.
        for member in list(vars(arg).values()):
            if isinstance(member, (staticmethod, classmethod)):
                member = member.__func__
            if isinstance(member, types.FunctionType):
                if _defined_in(arg, member):
                    member.__no_type_check__ = True
            elif isinstance(member, type) and _defined_in(arg, member):
                no_type_check(member)
    with contextlib.suppress(TypeError):
        arg.__no_type_check__ = True
    return arg


def no_type_check_decorator(decorator):
    """Make `decorator` produce functions marked with no_type_check."""
    @functools.wraps(decorator)
    def wrapped(*args, **kwargs):
        return no_type_check(decorator(*args, **kwargs))
    return wrapped


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, field_specifiers=(),
                        **kwargs):
    """Decorator for dataclass-like decorators, base classes and
    metaclasses; at run time it records its arguments and nothing else."""
    settings = {'eq_default': eq_default, 'order_default': order_default,
                'kw_only_default': kw_only_default,
                'field_specifiers': field_specifiers, 'kwargs': kwargs}

    def mark(target):
        target.__dataclass_transform__ = dict(settings)
        return target
    return mark


_CALLED_OVERLOAD = (
    "You should not call an overloaded function. A series of "
    "@overload-decorated functions outside a stub module should always be "
    "followed by an implementation that is not @overload-ed.")


def _overloaded_stub(*args, **kwargs):
    raise NotImplementedError(_CALLED_OVERLOAD)


# module -> qualname -> first line -> the overload's function.
_overloads = {}


def _overload_key(func):
    """(module, qualified name) of a function or of the function inside a
    staticmethod/classmethod."""
    inner = getattr(func, '__func__', func)
    return inner, inner.__module__, inner.__qualname__


def overload(func):
    """Decorator for the signatures of an overloaded function; the
    implementation, undecorated, must follow them."""
    with contextlib.suppress(AttributeError):
        inner, module, qualname = _overload_key(func)
        registered = _overloads.setdefault(module, {}).setdefault(qualname, {})
        registered[inner.__code__.co_firstlineno] = func
    return _overloaded_stub


def get_overloads(func):
    """The @overload signatures registered for `func`, in order."""
    _, module, qualname = _overload_key(func)
    return list(_overloads.get(module, {}).get(qualname, {}).values())


def clear_overloads():
    """Forget every registered overload."""
    _overloads.clear()


def get_origin(tp):
    """The unsubscripted form of a hint: get_origin(List[int]) is list,
    get_origin(Union[int, str]) is Union; None for other objects."""
    if isinstance(tp, _AnnotatedHint):
        return Annotated
    if isinstance(tp, (_Hint, _PyAlias, _ParamSpecPart)):
        return tp.__origin__
    if tp is Generic or isinstance(tp, _PyUnion):
        return tp if tp is Generic else _PyUnion
    return None


def _is_callable_origin(tp):
    return tp.__origin__ is _abcs.Callable


def _rebuild_callable(origin, flat):
    """collections.abc.Callable[...] again from its flat arguments."""
    params = flat[:-1]
    if len(params) == 1 and isinstance(params[0], (list, tuple)):
        params = list(params[0])
    elif len(params) == 1 and _is_param_expr(params[0]):
        params = params[0]
    else:
        params = list(params)
    return origin[(params, flat[-1])]


def get_args(tp):
    """The arguments of a subscripted hint, as written:
    get_args(Dict[int, str]) == (int, str),
    get_args(Callable[[int], str]) == ([int], str)."""
    if isinstance(tp, _AnnotatedHint):
        return (tp.__origin__, *tp.__metadata__)
    if isinstance(tp, (_GenericAlias, _PyAlias)):
        flat = tp.__args__
        # A callable's parameter list is handed back as a list.
        if _is_callable_origin(tp) and flat:
            *params, result = flat
            if not (len(params) == 1 and _is_param_expr(params[0])):
                return (params, result)
        return flat
    return tp.__args__ if isinstance(tp, _PyUnion) else ()


def _with_args(t, new_args, callables=True):
    """The hint `t` (ours, a builtin generic, or an X | Y union) over
    `new_args` instead of its arguments; `t` itself when they are equal."""
    if new_args == t.__args__:
        return t
    if isinstance(t, _PyUnion):
        return functools.reduce(operator.or_, new_args)
    if not isinstance(t, _PyAlias):
        return t.copy_with(new_args)
    if callables and _is_callable_origin(t):
        return _rebuild_callable(t.__origin__, new_args)
    return _PyAlias(t.__origin__, new_args)


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """`t` with its forward references evaluated."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if not isinstance(t, (_GenericAlias, _PyAlias, _PyUnion)):
        return t
    members = t.__args__
    if isinstance(t, _PyAlias):
        # list['int']: strings inside a builtin generic are references too.
        members = [ForwardRef(m) if isinstance(m, str) else m
                   for m in members]
    return _with_args(t, tuple(_eval_type(m, globalns, localns,
                                          recursive_guard)
                               for m in members))


def _strip_extras(t):
    """`t` without Annotated, Required and NotRequired wrappers."""
    while True:
        if isinstance(t, _AnnotatedHint):
            t = t.__origin__
        elif (isinstance(t, _GenericAlias)
              and t.__origin__ in (Required, NotRequired)):
            t = t.__args__[0]
        else:
            break
    if not isinstance(t, (_GenericAlias, _PyAlias, _PyUnion)):
        return t
    return _with_args(t, tuple(map(_strip_extras, t.__args__)),
                      callables=False)


def _evaluate_all(annotations, globalns, localns, is_argument, is_class):
    """An __annotations__ dict with every hint evaluated."""
    hints = {}
    for name, value in annotations.items():
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=is_argument,
                               is_class=is_class)
        elif value is None:
            value = _NoneType
        hints[name] = _eval_type(value, globalns, localns)
    return hints


def _class_namespaces(klass, globalns, localns):
    """Where a class's annotations are evaluated: its module and its own
    body, body names winning when the caller gave neither."""
    if globalns is None:
        home = sys.modules.get(klass.__module__)
        globalns = getattr(home, '__dict__', {})
        if localns is None:
            return dict(vars(klass)), globalns
    if localns is None:
        localns = dict(vars(klass))
    return globalns, localns


def _home_globals(obj):
    """The globals a function's (or module's) string hints refer to."""
    if isinstance(obj, types.ModuleType):
        return obj.__dict__
    while hasattr(obj, '__wrapped__'):
        obj = obj.__wrapped__
    return getattr(obj, '__globals__', {})


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, method, class or module, with string
    hints evaluated (in the object's module unless globalns/localns are
    given) and None replaced by NoneType.  For a class, base classes'
    annotations are included.  Annotated[...] wrappers are removed unless
    include_extras is true."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for klass in reversed(obj.__mro__):
            own = klass.__dict__.get('__annotations__', {})
            hints.update(_evaluate_all(
                own, *_class_namespaces(klass, globalns, localns),
                is_argument=False, is_class=True))
    else:
        if globalns is None:
            globalns = _home_globals(obj)
        if localns is None:
            localns = globalns
        annotations = getattr(obj, '__annotations__', None)
        if annotations is None:
            if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType,
                                types.MethodType, types.ModuleType)):
                return {}
            raise TypeError('{!r} is not a module, class, method, '
                            'or function.'.format(obj))
        hints = _evaluate_all(
            annotations, globalns, localns,
            is_argument=not isinstance(obj, types.ModuleType), is_class=False)
    if not include_extras:
        hints = {name: _strip_extras(h) for name, h in hints.items()}
    return hints


# Names whose support is missing from weft (AsyncContextManager needs
# contextlib.AbstractAsyncContextManager) are not exported.
__all__ = [name for name in __all__ if name in globals()]
