"""pprint: pretty-print Python data structures.

weft's own implementation of CPython 3.11's pprint: pprint, pformat, pp,
PrettyPrinter, saferepr, isreadable and isrecursive, laying out dicts,
lists, tuples, sets, frozensets, strings, bytes, bytearrays and the
collections types (OrderedDict, defaultdict, Counter, deque, ChainMap) and
types.SimpleNamespace exactly as CPython does.  A value is printed on one
line when its repr fits in the remaining width; otherwise its type's layout
function (chosen by the type's __repr__, so subclasses that override
__repr__ keep it) splits it over several lines.  Left out: dataclasses
(weft has no dataclasses module), mappingproxy and the collections.User*
wrappers, which print with their plain repr.
"""

import sys as _sys
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Write the pretty form of object to stream (default sys.stdout)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty form of object, as a str."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() that keeps dicts in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """A repr of object that survives recursive structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether the repr of object can be read back with eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _Ordered:
    """Sort key that orders values of types that refuse to compare by
    (type name, id) instead of failing."""

    __slots__ = ['value']

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            mine = (str(type(self.value)), id(self.value))
            theirs = (str(type(other.value)), id(other.value))
            return mine < theirs


def _pair_key(pair):
    return _Ordered(pair[0]), _Ordered(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


# types whose repr is used as it is, without looking inside
_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    """Formats values for display.

    indent: extra spaces per nesting level; width: the line width to fit;
    depth: levels shown before '...'; stream: where pprint() writes;
    compact: pack short sequence items several to a line; sort_dicts:
    sort dict items by key; underscore_numbers: write ints as 1_000.
    """

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- public interface --

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        rep, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) for object; a subclass may override
        this to change how leaves are shown."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- layout --

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = _LAYOUTS.get(type(object).__repr__)
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context,
                       level + 1)
                del context[key]
                return
        stream.write(rep)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(),
                                               self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _pad(self, stream):
        # the extra spaces after an opening bracket when indent > 1
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))

    def _items(self, items, stream, indent, allowance, context, level):
        """The items of a sequence, one per line (several per line when
        compact), each line starting at the new indent."""
        indent += self._indent_per_level
        self._pad(stream)
        newline = ',\n' + ' ' * indent
        room = full = self._width - indent + 1
        sep = ''
        items = list(items)
        count = len(items)
        for n, item in enumerate(items):
            last = n == count - 1
            if last:
                room -= allowance
                full -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                need = len(rep) + 2
                if room < need:
                    room = full
                    if sep:
                        sep = newline
                if room >= need:
                    room -= need
                    stream.write(sep)
                    sep = ', '
                    stream.write(rep)
                    continue
            stream.write(sep)
            sep = newline
            self._format(item, stream, indent, allowance if last else 1,
                         context, level)

    def _dict_items(self, pairs, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        pairs = list(pairs)
        for n, (key, value) in enumerate(pairs):
            last = n == len(pairs) - 1
            krep = self._repr(key, context, level)
            stream.write(krep)
            stream.write(': ')
            self._format(value, stream, indent + len(krep) + 2,
                         allowance if last else 1, context, level)
            if not last:
                stream.write(newline)

    def _layout_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._pad(stream)
        if len(object):
            if self._sort_dicts:
                pairs = sorted(object.items(), key=_pair_key)
            else:
                pairs = object.items()
            self._dict_items(pairs, stream, indent, allowance + 1, context,
                             level)
        stream.write('}')

    def _layout_ordered_dict(self, object, stream, indent, allowance,
                             context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    def _layout_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _layout_tuple(self, object, stream, indent, allowance, context, level):
        close = ',)' if len(object) == 1 else ')'
        stream.write('(')
        self._items(object, stream, indent, allowance + len(close), context,
                    level)
        stream.write(close)

    def _layout_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            stream.write('{')
            close = '}'
        else:
            stream.write(cls.__name__ + '({')
            close = '})'
            indent += len(cls.__name__) + 1
        members = sorted(object, key=_Ordered)
        self._items(members, stream, indent, allowance + len(close), context,
                    level)
        stream.write(close)

    def _layout_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if level == 1:
            # a top-level string is wrapped in parentheses
            indent += 1
            allowance += 1
        width = self._width - indent
        pieces = []
        lines = object.splitlines(True)
        rep = ''
        for i, line in enumerate(lines):
            final_line = i == len(lines) - 1
            rep = repr(line)
            if len(rep) <= width - (allowance if final_line else 0):
                pieces.append(rep)
                continue
            pieces += _packed_reprs(_word_runs(line), width,
                                    allowance if final_line else 0)
        if len(pieces) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    def _layout_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
            stream.write('(')
        pieces = _bytes_pieces(object, self._width - indent, allowance)
        stream.write(('\n' + ' ' * indent).join(pieces))
        if top:
            stream.write(')')

    def _layout_bytearray(self, object, stream, indent, allowance, context,
                          level):
        stream.write('bytearray(')
        self._layout_bytes(bytes(object), stream, indent + 10, allowance + 1,
                           context, level + 1)
        stream.write(')')

    def _layout_namespace(self, object, stream, indent, allowance, context,
                          level):
        import types
        if type(object) is types.SimpleNamespace:
            name = 'namespace'
        else:
            name = object.__class__.__name__
        indent += len(name) + 1
        stream.write(name + '(')
        pairs = list(object.__dict__.items())
        newline = ',\n' + ' ' * indent
        for n, (key, value) in enumerate(pairs):
            last = n == len(pairs) - 1
            stream.write(key)
            stream.write('=')
            if id(value) in context:
                stream.write('...')
            else:
                self._format(value, stream, indent + len(key) + 1,
                             allowance if last else 1, context, level)
            if not last:
                stream.write(newline)
        stream.write(')')

    def _layout_defaultdict(self, object, stream, indent, allowance, context,
                            level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._layout_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _layout_counter(self, object, stream, indent, allowance, context,
                        level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        self._pad(stream)
        self._dict_items(object.most_common(), stream, indent + len(name) + 1,
                         allowance + 2, context, level)
        stream.write('})')

    def _layout_chainmap(self, object, stream, indent, allowance, context,
                         level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        maps = object.maps
        for n, m in enumerate(maps):
            if n == len(maps) - 1:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _layout_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    # -- one-line reprs --

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _SCALARS:
            return repr(object), True, False
        own_repr = getattr(typ, '__repr__', None)
        if issubclass(typ, int) and own_repr is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(typ, dict) and own_repr is dict.__repr__:
            if not object:
                return '{}', True, False
            if self._sort_dicts:
                pairs = sorted(object.items(), key=_pair_key)
            else:
                pairs = object.items()
            return self._joined(object, pairs, '{%s}', True, context,
                                maxlevels, level)
        if issubclass(typ, list) and own_repr is list.__repr__:
            if not object:
                return '[]', True, False
            return self._joined(object, object, '[%s]', False, context,
                                maxlevels, level)
        if issubclass(typ, tuple) and own_repr is tuple.__repr__:
            if not object:
                return '()', True, False
            shape = '(%s,)' if len(object) == 1 else '(%s)'
            return self._joined(object, object, shape, False, context,
                                maxlevels, level)
        rep = repr(object)
        return rep, bool(rep and not rep.startswith('<')), False

    def _joined(self, object, members, shape, pairs, context, maxlevels,
                level):
        """The one-line repr of a container: its members' reprs joined into
        shape; members are (key, value) pairs when pairs is set."""
        key = id(object)
        if maxlevels and level >= maxlevels:
            return shape % '...', False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        for member in members:
            if pairs:
                krep, kread, krec = self.format(member[0], context,
                                                maxlevels, level)
                vrep, vread, vrec = self.format(member[1], context,
                                                maxlevels, level)
                parts.append('%s: %s' % (krep, vrep))
                readable = readable and kread and vread
                recursive = recursive or krec or vrec
            else:
                rep, read, rec = self.format(member, context, maxlevels, level)
                parts.append(rep)
                readable = readable and read
                recursive = recursive or rec
        del context[key]
        return shape % ', '.join(parts), readable, recursive


def _word_runs(line):
    """line cut after each run of whitespace: 'ab  cd e' -> ['ab  ', 'cd ', 'e']."""
    runs = []
    n = len(line)
    i = 0
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        runs.append(line[i:j])
        i = j
    return runs


def _bytes_pieces(data, width, allowance):
    """The reprs of consecutive 4-byte-aligned slices of data, each as long
    as fits in width (the last one also leaving room for allowance, unless
    the data is a whole number of 4-byte slices, as in CPython)."""
    parts = [data[start:start + 4] for start in range(0, len(data), 4)]
    return _packed_reprs(parts, width, allowance if len(data) % 4 else 0)


def _packed_reprs(chunks, width, last_allowance):
    """Joins consecutive chunks (str or bytes) greedily into runs whose repr
    fits in width, the run holding the last chunk in width - last_allowance;
    returns the runs' reprs. A chunk too long on its own is a run by itself."""
    pieces = []
    current = chunks[0][:0] if chunks else ''
    for i, chunk in enumerate(chunks):
        if i == len(chunks) - 1:
            width -= last_allowance
        joined = current + chunk
        if len(repr(joined)) > width:
            if current:
                pieces.append(repr(current))
            current = chunk
        else:
            current = joined
    if current:
        pieces.append(repr(current))
    return pieces


# type(x).__repr__ -> the PrettyPrinter method that lays x out over lines
_LAYOUTS = {
    dict.__repr__: PrettyPrinter._layout_dict,
    list.__repr__: PrettyPrinter._layout_list,
    tuple.__repr__: PrettyPrinter._layout_tuple,
    set.__repr__: PrettyPrinter._layout_set,
    frozenset.__repr__: PrettyPrinter._layout_set,
    str.__repr__: PrettyPrinter._layout_str,
    bytes.__repr__: PrettyPrinter._layout_bytes,
    bytearray.__repr__: PrettyPrinter._layout_bytearray,
}


def _add_library_layouts():
    try:
        import collections
    except ImportError:
        return
    extra = [
        ('OrderedDict', PrettyPrinter._layout_ordered_dict),
        ('defaultdict', PrettyPrinter._layout_defaultdict),
        ('Counter', PrettyPrinter._layout_counter),
        ('ChainMap', PrettyPrinter._layout_chainmap),
        ('deque', PrettyPrinter._layout_deque),
    ]
    for name, layout in extra:
        cls = getattr(collections, name, None)
        if cls is not None:
            _LAYOUTS[cls.__repr__] = layout
    try:
        import types
    except ImportError:
        return
    ns = getattr(types, 'SimpleNamespace', None)
    if ns is not None:
        _LAYOUTS[ns.__repr__] = PrettyPrinter._layout_namespace


_add_library_layouts()
