"""Data classes, as in CPython 3.11: the @dataclass decorator, field(),
Field, fields(), asdict(), astuple(), replace(), is_dataclass(),
make_dataclass(), InitVar, KW_ONLY, MISSING and FrozenInstanceError.

The methods a data class gets (__init__, __repr__, __eq__, the orderings,
__hash__, and a frozen class's __setattr__/__delattr__) are written out as
Python source and compiled with exec(), the way CPython does it, so their
signatures, argument errors and tracebacks read as CPython's.

Left out: the automatic __doc__ is only written when the class's __init__ is
the generated one or object's (weft's code objects do not expose enough of a
hand-written __init__'s signature).  weakref_slot=True adds '__weakref__' to
__slots__ as CPython does, though weft itself has no weak references.
"""

import sys
import copy
import types
import keyword
import functools
import _thread
import abc

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


# Stands in an __init__ signature for "call the default factory".
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


# What kind of class attribute a Field describes.
_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


def _guard_recursion(method):
    """Wraps a repr method so that an object met again while its own repr is
    being built shows as '...'."""
    busy = set()

    @functools.wraps(method)
    def guarded(self):
        token = (id(self), _thread.get_ident())
        if token in busy:
            return '...'
        busy.add(token)
        try:
            return method(self)
        finally:
            busy.discard(token)
    return guarded


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            shown = self.type.__name__
        else:
            shown = repr(self.type)
        return f'dataclasses.InitVar[{shown}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr',
                 'hash', 'init', 'compare', 'metadata', 'kw_only',
                 '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        # Name, type and kind are filled in when the class is processed.
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else types.MappingProxyType(metadata))
        self.kw_only = kw_only

    @_guard_recursion
    def __repr__(self):
        parts = [f'name={self.name!r}', f'type={self.type!r}',
                 f'default={self.default!r}',
                 f'default_factory={self.default_factory!r}',
                 f'init={self.init!r}', f'repr={self.repr!r}',
                 f'hash={self.hash!r}', f'compare={self.compare!r}',
                 f'metadata={self.metadata!r}', f'kw_only={self.kw_only!r}',
                 f'_field_type={self._field_type}']
        return 'Field(' + ','.join(parts) + ')'

    def __set_name__(self, owner, name):
        # A descriptor used as a field's default learns its name too.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq = init, repr, eq
        self.order, self.unsafe_hash, self.frozen = order, unsafe_hash, frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},repr={self.repr!r},eq={self.eq!r},'
                f'order={self.order!r},unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describes one field of a data class beyond its annotation and default."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _data_fields(field_map):
    return [f for f in field_map.values() if f._field_type is _FIELD]


def _attr_tuple(owner, flds):
    """Source text of a tuple of the fields' values read from `owner`."""
    if not flds:
        return '()'
    return '(' + ','.join(f'{owner}.{f.name}' for f in flds) + ',)'


class _Source:
    """Collects the names a generated method needs from outside and compiles
    the method inside a factory function taking those names as parameters
    (so the method sees them as closure variables)."""

    def __init__(self, cls, module_globals):
        self.cls = cls
        self.module_globals = module_globals
        self.needs = {}

    def make(self, name, params, body, returns=MISSING):
        needs = dict(self.needs)
        head = f' def {name}({",".join(params)})'
        if returns is not MISSING:
            needs['_return_type'] = returns
            head += '->_return_type'
        lines = [f'def __create_fn__({", ".join(needs)}):', head + ':']
        lines.extend('  ' + line for line in body)
        lines.append(f' return {name}')
        scope = {}
        exec('\n'.join(lines), self.module_globals, scope)
        fn = scope['__create_fn__'](**needs)
        fn.__qualname__ = f'{self.cls.__qualname__}.{fn.__name__}'
        return fn


def _init_param(f):
    if f.default is not MISSING:
        tail = f'=_dflt_{f.name}'
    elif f.default_factory is not MISSING:
        tail = '=_HAS_DEFAULT_FACTORY'
    else:
        tail = ''
    return f'{f.name}:_type_{f.name}{tail}'


def _assignment(frozen, name, value, self_name):
    if frozen:
        return (f'__dataclass_builtins_object__.__setattr__('
                f'{self_name},{name!r},{value})')
    return f'{self_name}.{name}={value}'


def _init_line(f, frozen, src, self_name, slots):
    """The __init__ line that sets field f, or None when there is none."""
    dflt = f'_dflt_{f.name}'
    if f.default_factory is not MISSING:
        src.needs[dflt] = f.default_factory
        if f.init:
            value = f'{dflt}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}'
        else:
            value = f'{dflt}()'
    elif f.init:
        if f.default is not MISSING:
            src.needs[dflt] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        # A slot has no class attribute to fall back on.
        src.needs[dflt] = f.default
        value = dflt
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _assignment(frozen, f.name, value, self_name)


def _make_init(cls, src, init_fields, positional, keyword_only, frozen,
               has_post_init, self_name, slots):
    seen_default = False
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} '
                            'follows default argument')
    for f in init_fields:
        src.needs[f'_type_{f.name}'] = f.type
    src.needs['MISSING'] = MISSING
    src.needs['_HAS_DEFAULT_FACTORY'] = _HAS_DEFAULT_FACTORY
    src.needs['__dataclass_builtins_object__'] = object
    body = []
    for f in init_fields:
        line = _init_line(f, frozen, src, self_name, slots)
        if line:
            body.append(line)
    if has_post_init:
        passed = ','.join(f.name for f in init_fields
                          if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({passed})')
    params = [self_name] + [_init_param(f) for f in positional]
    kw = [_init_param(f) for f in keyword_only]
    if kw:
        params.append('*')
        params.extend(kw)
    return src.make('__init__', params, body or ['pass'], returns=None)


def _make_repr(src, flds):
    shown = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in flds)
    body = ['return self.__class__.__qualname__ + f"(' + shown + ')"']
    return _guard_recursion(src.make('__repr__', ['self'], body))


def _make_compare(src, name, op, flds):
    body = ['if other.__class__ is self.__class__:',
            f' return {_attr_tuple("self", flds)}{op}{_attr_tuple("other", flds)}',
            'return NotImplemented']
    return src.make(name, ['self', 'other'], body)


def _make_frozen_methods(cls, src, flds):
    src.needs['cls'] = cls
    src.needs['FrozenInstanceError'] = FrozenInstanceError
    guard = 'type(self) is cls'
    if flds:
        guard += ' or name in {' + ', '.join(repr(f.name) for f in flds) + '}'
    setter = src.make('__setattr__', ['self', 'name', 'value'], [
        f'if {guard}:',
        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
        'super(cls, self).__setattr__(name, value)'])
    deleter = src.make('__delattr__', ['self', 'name'], [
        f'if {guard}:',
        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
        'super(cls, self).__delattr__(name)'])
    return setter, deleter


def _make_hash(src, flds):
    return src.make('__hash__', ['self'],
                    [f'return hash({_attr_tuple("self", flds)})'])


def _leading_name(text):
    """The dotted name a string annotation starts with, as (module, name):
    ('', 'ClassVar') for 'ClassVar[int]', ('typing', 'ClassVar') for
    'typing.ClassVar[int]'; None when it starts with no name."""
    words = []
    i, n = 0, len(text)
    while len(words) < 2:
        while i < n and text[i].isspace():
            i += 1
        start = i
        while i < n and (text[i].isalnum() or text[i] == '_'):
            i += 1
        if i == start:
            break
        words.append(text[start:i])
        while i < n and text[i].isspace():
            i += 1
        if i < n and text[i] == '.' and len(words) == 1:
            i += 1
            continue
        break
    if not words:
        return None
    if len(words) == 1:
        return '', words[0]
    return words[0], words[1]


def _string_names(annotation, cls, module, predicate):
    """CPython's rule for a string annotation: its leading name, looked up in
    the namespace of the class's module (which must hold `module` under the
    prefix, if there is one), must satisfy predicate."""
    found = _leading_name(annotation)
    if found is None:
        return False
    prefix, name = found
    home = sys.modules.get(cls.__module__)
    if home is None:
        return False
    ns = home.__dict__
    if prefix and ns.get(prefix) is not module:
        return False
    return predicate(ns.get(name), module)


def _is_classvar(annotation, typing):
    target = getattr(typing, 'ClassVar', None)
    if target is None:
        return False
    if annotation is target:
        return True
    return getattr(annotation, '__origin__', None) is target


def _is_initvar(annotation, module):
    return annotation is InitVar or type(annotation) is InitVar


def _is_kw_only(annotation, module):
    return annotation is KW_ONLY


def _is_kw_only_marker(cls, annotation):
    if _is_kw_only(annotation, None):
        return True
    return isinstance(annotation, str) and _string_names(
        annotation, cls, sys.modules[__name__], _is_kw_only)


def _make_field(cls, name, annotation, kw_only_default):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            # A __slots__ entry, not a default value.
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD

    typing = sys.modules.get('typing')
    if typing is not None:
        if (_is_classvar(annotation, typing)
                or (isinstance(annotation, str)
                    and _string_names(annotation, cls, typing, _is_classvar))):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        here = sys.modules[__name__]
        if (_is_initvar(annotation, here)
                or (isinstance(annotation, str)
                    and _string_names(annotation, cls, here, _is_initvar))):
            f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')

    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = kw_only_default
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')

    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _put(cls, name, value):
    """Sets a generated attribute unless the class defines it itself; True
    when the class's own definition was kept."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _hash_decision(unsafe_hash, eq, frozen, explicit):
    """What happens to __hash__: 'keep' (leave it), 'none' (set it to None),
    'add' (generate one) or 'error'."""
    if unsafe_hash:
        return 'error' if explicit else 'add'
    if explicit or not eq:
        return 'keep'
    return 'add' if frozen else 'none'


def _format_annotation(annotation):
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    return repr(annotation)


def _signature_doc(cls, positional, keyword_only):
    """'Name(x: int, y: int = 0)', what inspect.signature shows of the
    generated __init__."""
    def one(f):
        text = f'{f.name}: {_format_annotation(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        return text
    params = [one(f) for f in positional]
    kw = [one(f) for f in keyword_only]
    if kw:
        params.append('*')
        params.extend(kw)
    return f'{cls.__name__}({", ".join(params)})'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    field_map = {}
    module = sys.modules.get(cls.__module__)
    module_globals = module.__dict__ if module is not None else {}

    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))

    # Fields inherited from data class bases, most distant base first.
    has_dataclass_bases = False
    any_frozen_base = False
    for base in cls.__mro__[-1:0:-1]:
        inherited = getattr(base, _FIELDS, None)
        if inherited is None:
            continue
        has_dataclass_bases = True
        for f in inherited.values():
            field_map[f.name] = f
        if getattr(base, _PARAMS).frozen:
            any_frozen_base = True

    own_annotations = cls.__dict__.get('__annotations__', {})
    own_fields = []
    kw_only_seen = False
    for name, annotation in own_annotations.items():
        if _is_kw_only_marker(cls, annotation):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            own_fields.append(_make_field(cls, name, annotation, kw_only))

    for f in own_fields:
        field_map[f.name] = f
        # The class attribute becomes the plain default (or goes away).
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in own_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    # Frozen and non-frozen data classes do not mix along the MRO.
    if has_dataclass_bases and any_frozen_base != bool(frozen):
        if frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')
        raise TypeError('cannot inherit non-frozen dataclass from a '
                        'frozen one')

    setattr(cls, _FIELDS, field_map)

    own_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = not (own_hash is MISSING
                         or (own_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in field_map.values()
                   if f._field_type in (_FIELD, _FIELD_INITVAR)]
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword_only = [f for f in init_fields if f.init and f.kw_only]

    generated_init = False
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = '__dataclass_self__' if 'self' in field_map else 'self'
        generated_init = not _put(cls, '__init__',
             _make_init(cls, _Source(cls, module_globals), init_fields,
                        positional, keyword_only, frozen, has_post_init,
                        self_name, slots))

    data = _data_fields(field_map)

    if repr:
        _put(cls, '__repr__', _make_repr(_Source(cls, module_globals),
                                         [f for f in data if f.repr]))

    compared = [f for f in data if f.compare]
    if eq:
        _put(cls, '__eq__', _make_compare(_Source(cls, module_globals),
                                          '__eq__', '==', compared))

    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='),
                         ('__gt__', '>'), ('__ge__', '>=')):
            fn = _make_compare(_Source(cls, module_globals), name, op, compared)
            if _put(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        for fn in _make_frozen_methods(cls, _Source(cls, module_globals), data):
            if _put(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')

    decision = _hash_decision(bool(unsafe_hash), bool(eq), bool(frozen),
                              explicit_hash)
    if decision == 'none':
        cls.__hash__ = None
    elif decision == 'add':
        hashed = [f for f in data if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _make_hash(_Source(cls, module_globals), hashed)
    elif decision == 'error':
        raise TypeError('Cannot overwrite attribute __hash__ in class '
                        f'{cls.__name__}')

    if not getattr(cls, '__doc__'):
        if generated_init:
            cls.__doc__ = _signature_doc(cls, positional, keyword_only)
        elif cls.__init__ is object.__init__:
            cls.__doc__ = f'{cls.__name__}()'

    if match_args:
        _put(cls, '__match_args__', tuple(f.name for f in positional))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _with_slots(cls, frozen, weakref_slot)

    abc.update_abstractmethods(cls)
    return cls


def _frozen_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _with_slots(cls, frozen, weakref_slot):
    """A copy of the class with __slots__ for its fields (a class's slots
    cannot be added after it is made)."""
    ns = dict(cls.__dict__)
    names = tuple(f.name for f in getattr(cls, _FIELDS).values()
                  if f._field_type is _FIELD)
    if '__slots__' in ns:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    inherited = set()
    for base in cls.__mro__[1:-1]:
        declared = base.__dict__.get('__slots__', ())
        if isinstance(declared, str):
            declared = (declared,)
        inherited.update(declared)
    wanted = names + ('__weakref__',) if weakref_slot else names
    ns['__slots__'] = tuple(n for n in wanted if n not in inherited)
    for n in names:
        ns.pop(n, None)
    ns.pop('__dict__', None)
    ns.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, ns)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if frozen:
        if '__getstate__' not in ns:
            new_cls.__getstate__ = _frozen_getstate
        if '__setstate__' not in ns:
            new_cls.__setstate__ = _frozen_setstate
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Adds the generated special methods to a class whose fields are its
    annotated class attributes; usable bare or with options."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The data fields (no ClassVars, no InitVars) of a data class or instance."""
    try:
        field_map = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in field_map.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a data class or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _convert(obj, make_dict, make_tuple):
    """The recursive copy behind asdict (make_dict set) and astuple
    (make_tuple set)."""
    if _is_dataclass_instance(obj):
        values = [(f.name, _convert(getattr(obj, f.name), make_dict, make_tuple))
                  for f in fields(obj)]
        if make_dict is not None:
            return make_dict(values)
        return make_tuple([v for _, v in values])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # A named tuple is rebuilt from positional arguments.
        return type(obj)(*[_convert(v, make_dict, make_tuple) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, make_dict, make_tuple) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, make_dict, make_tuple),
                          _convert(v, make_dict, make_tuple))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """A data class instance as a dict of its fields, converting nested data
    classes, lists, tuples and dicts as well (other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory, None)


def astuple(obj, *, tuple_factory=tuple):
    """A data class instance as a tuple of its field values, converted
    recursively as asdict() does."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, None, tuple_factory)


def _check_field_name(name, taken):
    problem = None
    if not isinstance(name, str) or not name.isidentifier():
        problem = 'Field names must be valid identifiers'
    elif keyword.iskeyword(name):
        problem = 'Field names must not be keywords'
    elif name in taken:
        problem = 'Field name duplicated'
    if problem:
        raise TypeError(f'{problem}: {name!r}')


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Creates a data class named cls_name; each of `fields` is a name, a
    (name, type) pair or a (name, type, Field) triple."""
    namespace = {} if namespace is None else namespace.copy()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, 'typing.Any'
        elif len(item) in (2, 3):
            name, annotation = item[0], item[1]
            if len(item) == 3:
                defaults[name] = item[2]
        else:
            raise TypeError(f'Invalid field: {item!r}')
        _check_field_name(name, annotations)
        annotations[name] = annotation

    def fill(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, fill)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance like obj with the given fields changed (through
    __init__, so __post_init__ runs again)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        kind = f._field_type
        if kind is _FIELD_CLASSVAR:
            continue
        given = f.name in changes
        if not f.init and given:
            raise ValueError(f'field {f.name} is declared with init=False, '
                             'it cannot be specified with replace()')
        if not f.init or given:
            continue
        if kind is _FIELD_INITVAR and f.default is MISSING:
            raise ValueError(f'InitVar {f.name!r} must be specified with '
                             'replace()')
        changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
