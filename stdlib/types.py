"""Names for the built-in types that have no builtins name, SimpleNamespace,
and the helpers for creating classes dynamically (new_class and friends).

The types are found by asking objects for their type, as CPython's types.py
does.  weft has no async functions, so CoroutineType and AsyncGeneratorType
are absent; several CPython descriptor types are plain built-in functions in
weft and are named accordingly.  MappingProxyType (a read-only view of a
mapping) is a class written here, as weft has no built-in mappingproxy.
"""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
# weft's slot wrappers and method descriptors are built-in functions.
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    del _exc

FrameType = type(sys._getframe())

GenericAlias = type(list[int])
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
UnionType = type(int | str)


class _S:
    __slots__ = ("_a",)


MemberDescriptorType = type(_S.__dict__["_a"])

del _f, _g, _C, _S


class mappingproxy:
    """A read-only view of a mapping: lookups, iteration and the dict-like
    read methods go to the mapping underneath; there is no way to change it
    through the proxy."""

    __slots__ = ("_mapping",)
    __module__ = "builtins"

    def __new__(cls, mapping):
        if (isinstance(mapping, (list, tuple, str))
                or not hasattr(type(mapping), "__getitem__")
                or not hasattr(type(mapping), "keys")):
            raise TypeError("mappingproxy() argument must be a mapping, not %s"
                            % type(mapping).__name__)
        self = object.__new__(cls)
        object.__setattr__(self, "_mapping", mapping)
        return self

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '%s'"
                             % name)

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __ne__(self, other):
        return self._mapping != other

    __hash__ = None

    def __or__(self, other):
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


MappingProxyType = mappingproxy
del mappingproxy


class SimpleNamespace:
    """A plain attribute bag: ``SimpleNamespace(a=1, b=2)`` has attributes a
    and b, a readable repr, and compares equal to another namespace with the
    same attributes."""

    # Messages name it as CPython's C type does (see tp_name in weft-vm).
    __weft_tp_name__ = "types.SimpleNamespace"

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        token = id(self)
        name = ("namespace" if type(self) is SimpleNamespace
                else type(self).__name__)
        if token in _repr_running:
            return name + "(...)"
        _repr_running.add(token)
        try:
            items = ["%s=%r" % (k, v) for k, v in self.__dict__.items()
                     if isinstance(k, str) and k]
            return "%s(%s)" % (name, ", ".join(items))
        finally:
            _repr_running.discard(token)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and \
                isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __reduce__(self):
        return (type(self), (), self.__dict__)


# Namespaces whose repr is being built (a namespace may contain itself).
_repr_running = set()


def resolve_bases(bases):
    """PEP 560: the bases with every non-class that has __mro_entries__
    replaced by the classes that method names; `bases` itself if none did."""
    expanded = []
    changed = False
    for entry in bases:
        hook = None if isinstance(entry, type) else getattr(entry, "__mro_entries__", None)
        if hook is None:
            expanded.append(entry)
            continue
        replacement = hook(bases)
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        expanded.extend(replacement)
        changed = True
    return tuple(expanded) if changed else bases


def _most_derived_metaclass(candidate, bases):
    """The metaclass a class statement would use: `candidate` or a base's
    metaclass, whichever derives from all the others."""
    chosen = candidate
    for meta in map(type, bases):
        if issubclass(chosen, meta):
            pass
        elif issubclass(meta, chosen):
            chosen = meta
        else:
            raise TypeError(
                "metaclass conflict: the metaclass of a derived class must be a "
                "(non-strict) subclass of the metaclasses of all its bases")
    return chosen


def prepare_class(name, bases=(), kwds=None):
    """The first steps of a class statement: the metaclass, the namespace its
    __prepare__ returns, and the keywords left over for the metaclass."""
    keywords = dict(kwds) if kwds else {}
    meta = keywords.pop("metaclass", type(bases[0]) if bases else type)
    if isinstance(meta, type):
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    namespace = prepare(name, bases, **keywords) if prepare is not None else {}
    return meta, namespace, keywords


def new_class(name, bases=(), kwds=None, exec_body=None):
    """A class made as a class statement would make it; `exec_body(ns)`
    plays the part of the class body."""
    real_bases = resolve_bases(bases)
    meta, namespace, keywords = prepare_class(name, real_bases, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if real_bases is not bases:
        namespace["__orig_bases__"] = bases
    return meta(name, real_bases, namespace, **keywords)


__all__ = [n for n in globals() if n[:1] != "_" and n != "sys"]
