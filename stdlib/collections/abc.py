"""collections.abc: the abstract base classes of containers.

They live in _collections_abc (as in CPython); this module re-exports them
and registers the classes of the collections package with them.
"""

from _collections_abc import *
from _collections_abc import __all__

import collections as _collections

MutableSequence.register(_collections.deque)
MutableSequence.register(_collections.UserList)
MutableMapping.register(_collections.UserDict)
MutableMapping.register(_collections.ChainMap)
Sequence.register(_collections.UserString)
del _collections
