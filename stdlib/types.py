"""Names for the built-in types that have no builtin name, as in CPython's
`types` module, plus `SimpleNamespace`.

Each type is taken from an object of that type, so `types.FunctionType is
type(some_function)` holds.
"""

import sys as _sys


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)
GenericAlias = type(list[int])
UnionType = type(int | str)


class SimpleNamespace:
    """An object whose attributes are given as keyword arguments."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _repr_running:
            return f"{name}(...)"
        _repr_running.add(id(self))
        try:
            items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(id(self))
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __hash__(self):
        # Named as CPython's C type is in the message.
        raise TypeError("unhashable type: 'types.SimpleNamespace'")


_repr_running = set()


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class as a class statement would (metaclass from kwds or bases)."""
    kwds = dict(kwds or {})
    meta = kwds.pop("metaclass", type)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns, **kwds)


del _f, _g, _C
