"""Enumerations, as in CPython 3.11: Enum, IntEnum, StrEnum, ReprEnum, Flag,
IntFlag, auto, unique, member/nonmember, the enum `property`, FlagBoundary
(STRICT, CONFORM, EJECT, KEEP) and the metaclass EnumType (alias EnumMeta).

How it is built: the metaclass's __prepare__ hands the class body an
_EnumDict, a dict that notes which names become members (in order), turns
auto() into values and refuses reused names.  EnumType.__new__ then makes the
class without those names and creates the members one by one, keeping
_member_names_ (canonical members in definition order), _member_map_ (names,
aliases included) and _value2member_map_.  Flag values that are not members
become pseudo-members made on demand by Flag._missing_.

Left out: pickling support (__reduce_ex__), verify()/EnumCheck,
global_enum() and _simple_enum()/_convert_ (CPython-internal helpers).
"""

import sys
from types import MappingProxyType

# The built-ins this module's own `property` and helpers shadow.
_builtin_property = property
_builtin_bin = bin

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique', 'property', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
]

# Set once the classes are defined; the metaclass checks for them by name.
Enum = Flag = ReprEnum = EJECT = None


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    # A name mangled inside the class body: _ClassName__attr.
    prefix = '_%s__' % cls_name.lstrip('_')
    return (name.startswith(prefix) and len(name) > len(prefix)
            and not name.endswith('__'))


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bits_low_first(num):
    """The one-bit values set in a non-negative int, lowest first."""
    while num:
        low = num & -num
        yield low
        num ^= low


def _bin(num, width=None):
    """bin() with a sign bit and a space after it ('0b0 1010' for 10,
    '0b1 0101' for ~10), negative numbers in two's complement, padded with
    the sign bit to `width` digits."""
    top = 2 ** num.bit_length()
    if num >= 0:
        text = _builtin_bin(num + top).replace('1', '0', 1)
    else:
        text = _builtin_bin(~num ^ (top - 1) + top)
    sign, digits = text[:3], text[3:]
    if width is not None and len(digits) < width:
        digits = (sign[-1] * width + digits)[-width:]
    return '%s %s' % (sign, digits)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Stands for a member value that _generate_next_value_ will supply."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Forces a value to become a member (a function, for instance)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps a value in the class as a plain attribute, not a member."""

    def __init__(self, value):
        self.value = value


class property:
    """An attribute that reads its getter on a member but, on the enum class
    itself, finds the member of that name (so a member may be called `name`
    or `value`)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.name = getattr(fget, '__name__', None)
        self.clsname = None

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError(
                    '%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError(
                    '%r has no attribute %r' % (ownerclass, self.name)) from None
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(
                "<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(
                "<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


_SUNDER_ALLOWED = frozenset((
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_',
))


class _EnumDict(dict):
    """The namespace of an enum class body: remembers member names in order,
    resolves auto() and rejects names defined twice."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = None
        self._cls_name = None

    def _next_value(self, key):
        self._auto_called = True
        return self._generate_next_value(key, 1, len(self._member_names),
                                         self._last_values[:])

    def _resolve_auto(self, key, value):
        """The value with each auto() in it (alone, or directly inside a
        plain tuple) replaced by its generated value."""
        def settle(item):
            if not isinstance(item, auto):
                return item
            if item.value is _auto_null:
                item.value = self._next_value(key)
            return item.value
        if isinstance(value, auto):
            return settle(value)
        if type(value) is tuple and any(isinstance(v, auto) for v in value):
            return tuple(settle(v) for v in value)
        return value

    def _special(self, key, value):
        """Handles one of the _sunder_ names Enum knows; the value to store."""
        if key not in _SUNDER_ALLOWED:
            raise ValueError('_sunder_ names, such as %r, are reserved '
                             'for future Enum use' % (key,))
        if key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError('_generate_next_value_ must be defined '
                                'before members')
            self._generate_next_value = getattr(value, '__func__', value) \
                if isinstance(value, staticmethod) else value
        elif key == '_ignore_':
            listed = (value.replace(',', ' ').split() if isinstance(value, str)
                      else list(value))
            clash = set(listed).intersection(self._member_names)
            self._ignore = listed
            if clash:
                raise ValueError('_ignore_ cannot specify already set '
                                 'names: %r' % (clash,))
            return listed
        return value

    def _becomes_member(self, key, value):
        if key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        if key in self._ignore or isinstance(value, nonmember):
            return False
        return not _is_descriptor(value)

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            return super().__setitem__(key, value)
        if _is_sunder(key):
            return super().__setitem__(key, self._special(key, value))
        if _is_dunder(key):
            return super().__setitem__('_order_' if key == '__order__' else key,
                                       value)
        if not self._becomes_member(key, value):
            if isinstance(value, nonmember) and key not in self._ignore:
                value = value.value
            return super().__setitem__(key, value)
        # A new member.
        if key in self:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        if isinstance(value, member):
            value = value.value
        value = self._resolve_auto(key, value)
        self._member_names[key] = None
        self._last_values.append(value)
        super().__setitem__(key, value)

    def update(self, *args, **kwds):
        source = dict(*args, **kwds)
        for key, value in source.items():
            self[key] = value


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        ns = _EnumDict()
        ns._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            ns['_generate_next_value_'] = getattr(
                first_enum, '_generate_next_value_', None)
        return ns

    def __new__(metacls, cls, bases, classdict, *, boundary=None,
                _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        ignored = list(classdict.get('_ignore_', [])) + ['_ignore_']
        member_names = list(getattr(classdict, '_member_names', ()))
        for key in ignored:
            classdict.pop(key, None)
            if key in member_names:
                member_names.remove(key)
        bad = set(member_names) & {'mro', ''}
        if bad:
            raise ValueError('invalid enum member name(s) %s'
                             % (','.join(repr(n) for n in bad),))
        order = classdict.pop('_order_', None)
        ns = dict(classdict.items())

        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(
            ns, member_type, first_enum)
        ns['_new_member_'] = new_member
        ns['_use_args_'] = use_args

        values = {name: ns.pop(name) for name in member_names}

        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_unhashable_values_'] = []
        ns['_member_type_'] = member_type
        ns['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        ns['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
        ns['_flag_mask_'] = 0
        ns['_singles_mask_'] = 0
        ns['_all_bits_'] = 0
        ns['_inverted_'] = None

        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        for name, value in values.items():
            enum_class._add_member_(name, value)
        own = dict(enum_class.__dict__)

        # A data type mixed in must not supply repr and friends, unless the
        # enum says so (ReprEnum keeps the data type's str and format).
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a '
                                'data type (i.e. int, str, float, etc.)')
            if '__format__' not in own:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
                own['__format__'] = member_type.__format__
            if '__str__' not in own:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
                own['__str__'] = method
        for name in ('__repr__', '__str__', '__format__'):
            if name in own or first_enum is None:
                continue
            found = getattr(enum_class, name)
            if found in (getattr(member_type, name), getattr(object, name)):
                type.__setattr__(enum_class, name, getattr(first_enum, name))

        if Flag is not None and issubclass(enum_class, Flag):
            for name in ('__or__', '__and__', '__xor__', '__ror__',
                         '__rand__', '__rxor__', '__invert__'):
                if name not in own:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])

        if Enum is not None:
            if save_new:
                type.__setattr__(enum_class, '__new_member__', new_member)
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])

        if isinstance(order, str):
            order = order.replace(',', ' ').split()
        if ((Flag is None and cls != 'Flag')
                or (Flag is not None and not issubclass(enum_class, Flag))):
            for name in ('_boundary_', '_flag_mask_', '_singles_mask_',
                         '_all_bits_', '_inverted_'):
                type.__delattr__(enum_class, name)
        elif Flag is not None:
            listed = [m._value_ for m in enum_class]
            if listed != sorted(listed):
                enum_class._iter_member_ = enum_class._iter_member_by_def_
            if order:
                order = [o for o in order
                         if o not in enum_class._member_map_
                         or _is_single_bit(enum_class[o]._value_)]
        if order:
            order = [o for o in order
                     if o not in enum_class._member_map_
                     or o in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n'
                                '  %r\n  %r' % (enum_class._member_names_, order))
        return enum_class

    def _add_member_(cls, name, value):
        """Creates the member `name` (or finds the member it aliases)."""
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        if cls._use_args_:
            made = cls._new_member_(cls, *args)
        else:
            made = cls._new_member_(cls)
        if not hasattr(made, '_value_'):
            if cls._member_type_ is object:
                made._value_ = value
            else:
                try:
                    made._value_ = cls._member_type_(*args)
                except Exception as exc:
                    failure = TypeError('_value_ not set in __new__, unable '
                                        'to create it')
                    failure.__cause__ = exc
                    raise failure
        value = made._value_
        made._name_ = name
        made.__objclass__ = cls
        made.__init__(*args)
        made._sort_order_ = len(cls._member_names_)
        if Flag is not None and issubclass(cls, Flag):
            cls._flag_mask_ |= value
            if _is_single_bit(value):
                cls._singles_mask_ |= value
            cls._all_bits_ = 2 ** cls._flag_mask_.bit_length() - 1

        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for other in cls._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is not None:
            made = canonical
        elif (Flag is None or not issubclass(cls, Flag)
              or _is_single_bit(value)):
            cls._member_names_.append(name)

        # An enum.property of the same name further up (`name`, `value`)
        # finds the member through _member_map_; otherwise the member is a
        # plain class attribute.
        inherited = None
        for base in cls.__mro__[1:]:
            found = base.__dict__.get(name)
            if found is None:
                continue
            if isinstance(found, property):
                inherited = found
                break
            if (hasattr(found, 'fget') and hasattr(found, 'fset')
                    and hasattr(found, 'fdel')):
                inherited = found
        if inherited is not None:
            fresh = property()
            fresh.member = made
            fresh.__set_name__(cls, name)
            fresh.fget = inherited.fget
            fresh.fset = inherited.fset
            fresh.fdel = inherited.fdel
            type.__setattr__(cls, name, fresh)
        else:
            type.__setattr__(cls, name, made)
        cls._member_map_[name] = made
        try:
            cls._value2member_map_.setdefault(value, made)
        except TypeError:
            cls._unhashable_values_.append(value)

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            warnings.warn(
                "in 3.12 __contains__ will no longer raise TypeError, but will "
                "return True or\nFalse depending on whether the value is a "
                "member or the value of a member",
                DeprecationWarning, stacklevel=2)
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.'
                                 % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__',
                 '__iter__', '__len__', '__members__', '__module__',
                 '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        # CPython compares a fresh bound method with `is not`, which always
        # holds: __init_subclass__ is always listed.
        names.add('__init_subclass__')
        if cls._member_type_ is object:
            return sorted(names)
        return sorted(set(dir(cls._member_type_)) | names)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name]
                for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % cls.__name__
        return '<enum %r>' % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """The functional API: Enum('Color', 'RED GREEN BLUE') and friends."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if (isinstance(names, (tuple, list)) and names
                and isinstance(names[0], str)):
            pairs = []
            seen_values = []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(
                    name, start, count, seen_values[:])
                seen_values.append(value)
                pairs.append((name, value))
            names = pairs
        # A mapping gives names to look up; anything else gives pairs.
        for item in names:
            pair = (item, names[item]) if isinstance(item, str) else item
            classdict[pair[0]] = pair[1]
        if module is None:
            # The caller of Enum(...): this frame, then __call__, then it.
            caller = sys._getframe(2)
            module = caller.f_globals.get('__name__')
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict,
                               boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if (Enum is not None and issubclass(base, Enum)
                        and base._member_names_):
                    raise TypeError('<enum %r> cannot extend %r'
                                    % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        # The repr used for member values: the nearest enum's choice, else
        # the first class in the bases' MROs that defines __repr__ itself.
        everything = [k for chain in bases for k in chain.__mro__
                      if k is not object]
        for klass in everything:
            if isinstance(klass, EnumType):
                return klass.__dict__.get('_value_repr_')
            if '__repr__' in klass.__dict__:
                return klass.__dict__['__repr__']
        return None

    @staticmethod
    def _chain_data_type(chain):
        """The data type one base contributes: an enum's member type, or
        the first class (or the class it derives from) that has its own
        __new__ or is a data class."""
        plain = None
        for klass in chain.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                if klass._member_type_ is not object:
                    return klass._member_type_
                continue
            own = klass.__dict__
            if '__new__' in own or '__dataclass_fields__' in own:
                return plain or klass
            if plain is None:
                plain = klass
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        found = {mcls._chain_data_type(chain) for chain in bases}
        found.discard(None)
        if len(found) > 1:
            raise TypeError('too many data types for %r: %r'
                            % (class_name, found))
        return found.pop() if found else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        new = classdict.get('__new__')
        if isinstance(new, staticmethod):
            new = new.__func__
        save_new = first_enum is not None and new is not None
        if new is None:
            unwanted = [None, object.__new__]
            if Enum is not None:
                unwanted.append(Enum.__new__)
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if not any(target is u for u in unwanted):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = not (first_enum is None or new is object.__new__
                        or (Enum is not None and new is Enum.__new__))
        return new, save_new, use_args


EnumMeta = EnumType


def _by_value(cls, value):
    """The member of cls whose value is `value`, or None."""
    table = cls._value2member_map_
    try:
        if value in table:
            return table[value]
        return None
    except TypeError:
        pass
    # An unhashable value: compare with each member in turn.
    for candidate in cls._member_map_.values():
        if candidate._value_ == value:
            return candidate
    return None


class Enum(metaclass=EnumType):
    """A set of named constants: each member has a name and a value."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        found = _by_value(cls, value)
        if found is not None:
            return found
        if not cls._member_map_:
            raise TypeError('%r has no members defined' % cls)
        problem = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            problem, result = e, None
        if isinstance(result, cls):
            return result
        ejecting = (Flag is not None and issubclass(cls, Flag)
                    and cls._boundary_ is EJECT)
        if ejecting and isinstance(result, int):
            return result
        invalid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if problem is None:
            if result is None:
                raise invalid
            problem = TypeError('error in %s._missing_: returned %r instead '
                                'of None or a valid member'
                                % (cls.__name__, result))
        if not isinstance(problem, ValueError):
            problem.__context__ = invalid
        raise problem

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        newest = last_values[-1]
        try:
            ordered = sorted(last_values)
            increasing = newest == ordered[-1]
        except TypeError:
            increasing = False
        if increasing:
            try:
                return newest + 1
            except TypeError:
                pass
        import warnings
        warnings.warn(
            'In 3.13 the default `auto()`/`_generate_next_value_` will '
            'require all values to be sortable and support adding +1\n'
            'and the value returned will be the largest value in the enum '
            'incremented by 1',
            DeprecationWarning, stacklevel=3)
        for earlier in last_values[::-1]:
            try:
                return earlier + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        show = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_,
                                show(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        names = set()
        if self.__class__._member_type_ is not object:
            names = set(object.__dir__(self))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_' and name not in self._member_map_:
                names.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        names.add(name)
                    else:
                        names.discard(name)
                elif name not in self._member_map_:
                    names.add(name)
        return sorted({'__class__', '__doc__', '__eq__', '__hash__',
                       '__module__'} | names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type; only
    repr() is the enum's."""


class IntEnum(int, ReprEnum):
    """An enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """An enum whose members are strs; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        text = str(*values)
        made = str.__new__(cls, text)
        made._value_ = text
        return made

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What Flag does with values that have bits no member has."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Members are bit flags that combine with |, & and ^ and ~."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high = last.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last) from None
        return 2 ** (high + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _bits_low_first(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value),
                          key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        negative = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bin(value, width),
                                    _bin(flag_mask, width)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r'
                                 % (cls, cls._boundary_))
        if value < 0:
            negative = value
            value = all_bits + 1 + value
        singles_mask = cls._singles_mask_
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        known = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, _bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if known or aliases:
            parts = list(cls._iter_member_(known))
            covered = 0
            for m in parts:
                covered |= m._value_
            if aliases:
                value = known | aliases
                # Multi-bit members wholly inside the value are named too.
                for m in cls._member_map_.values():
                    if (m not in parts and m._value_
                            and m._value_ & value == m._value_):
                        parts.append(m)
                        covered |= m._value_
            unknown = value ^ covered
            pseudo._name_ = '|'.join(m._name_ for m in parts)
            if not covered:
                pseudo._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__,
                               self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        show = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, show(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, show(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        cached = self._inverted_
        if cached is None:
            keep_all = self._boundary_ in (EJECT, KEEP)
            bits = ~self._value_ if keep_all else self._singles_mask_ & ~self._value_
            cached = self._inverted_ = self.__class__(bits)
        return cached

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints."""


def unique(enumeration):
    """Class decorator: refuses an enum in which two names share a value."""
    duplicates = [(name, m.name)
                  for name, m in enumeration.__members__.items()
                  if name != m.name]
    if duplicates:
        details = ', '.join('%s -> %s' % pair for pair in duplicates)
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, details))
    return enumeration
