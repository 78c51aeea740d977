"""Python's operators as plain functions (operator.add(x, y) is x + y).

All the functions, and itemgetter/attrgetter/methodcaller, are native in
_operator; this module re-exports them and adds the double-underscore
spellings (operator.__add__ and so on) that CPython's operator module has.
"""

# CPython's module keeps the builtin under this private name as well.
_abs = abs

__all__ = """
    abs add and_ attrgetter call concat contains countOf delitem eq floordiv
    ge getitem gt iadd iand iconcat ifloordiv ilshift imatmul imod imul index
    indexOf inv invert ior ipow irshift is_ is_not isub itemgetter itruediv
    ixor le length_hint lshift lt matmul methodcaller mod mul ne neg not_ or_
    pos pow rshift setitem sub truediv truth xor
""".split()

from _operator import *


def _add_dunder_names(namespace):
    # Every exported function has a __name__ twin except these, which have
    # no matching special method.  A trailing "_" (and_, not_, or_) only
    # avoids a keyword clash, so it is dropped: and_ -> __and__.
    plain_only = {'attrgetter', 'itemgetter', 'methodcaller', 'countOf',
                  'indexOf', 'is_', 'is_not', 'length_hint', 'truth'}
    for name in __all__:
        if name not in plain_only:
            namespace['__%s__' % name.rstrip('_')] = namespace[name]


_add_dunder_names(globals())
del _add_dunder_names
