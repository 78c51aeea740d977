"""Names for the built-in types that have no builtins name, SimpleNamespace,
and the helpers for creating classes dynamically (new_class and friends).

The types are found by asking objects for their type, as CPython's types.py
does.  weft has no async functions and no mappingproxy, so CoroutineType,
AsyncGeneratorType and MappingProxyType are absent; several CPython descriptor types are plain built-in functions in
weft and are named accordingly.
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

del _f, _g, _C


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
    """Replace the bases that are not classes but have __mro_entries__
    (PEP 560) by what that method returns."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, the namespace its __prepare__ gives and the keywords
    left for it: the first steps of a class statement."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """The most derived of ``meta`` and the bases' metaclasses."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would: ``exec_body(ns)`` fills the
    namespace."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


__all__ = [n for n in globals() if n[:1] != "_" and n != "sys"]
