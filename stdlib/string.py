"""Common string constants, capwords() and Template, as in CPython's string module."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# ---- Template: $-substitution (PEP 292) --------------------------------------
#
# CPython matches placeholders with a regular expression built from the class
# attributes; weft has no `re` module yet, so the scanner below implements the
# default pattern directly: `$$` is a literal `$`, `$name` and `${name}` are
# placeholders (name: ASCII letters, digits and underscores, not starting
# with a digit), and any other `$` is invalid. A subclass may change
# `delimiter`; changing `idpattern`, `braceidpattern` or `pattern` needs a
# regular-expression engine and is refused at class creation rather than
# silently ignored.

_ID_START = ascii_letters + '_'
_ID_CHARS = _ID_START + digits
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


def _scan_template(text, delimiter):
    """Yields (kind, start, end, name) for each placeholder in `text`, where
    kind is 'escaped', 'named', 'braced' or 'invalid' and text[start:end]
    is the whole placeholder (for 'invalid', just the delimiter)."""
    size = len(delimiter)
    i = text.find(delimiter)
    while i >= 0:
        after = i + size
        if text.startswith(delimiter, after):
            yield 'escaped', i, after + size, None
            i = text.find(delimiter, after + size)
            continue
        if after < len(text) and text[after] in _ID_START:
            end = after + 1
            while end < len(text) and text[end] in _ID_CHARS:
                end += 1
            yield 'named', i, end, text[after:end]
            i = text.find(delimiter, end)
            continue
        if text.startswith('{', after) and after + 1 < len(text) and text[after + 1] in _ID_START:
            end = after + 2
            while end < len(text) and text[end] in _ID_CHARS:
                end += 1
            if text.startswith('}', end):
                yield 'braced', i, end + 1, text[after + 1:end]
                i = text.find(delimiter, end + 1)
                continue
        yield 'invalid', i, after, None
        i = text.find(delimiter, after)


class Template:
    """A string with $-placeholders: Template('$who likes $what').substitute(...)."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if ('pattern' in cls.__dict__ or cls.idpattern != _DEFAULT_IDPATTERN
                or cls.braceidpattern is not None):
            raise NotImplementedError(
                "string.Template subclasses with a custom pattern need the re "
                "module, which weft does not have yet (a custom delimiter works)")

    def __init__(self, template):
        self.template = template

    def _invalid(self, index):
        # The column counts from 1 and points just past the delimiter.
        index += len(self.delimiter)
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            lineno, colno = 1, 1
        else:
            colno = index - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _render(self, mapping, kws, safe):
        text = self.template
        out = []
        done = 0
        for kind, start, end, name in _scan_template(text, self.delimiter):
            out.append(text[done:start])
            done = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(start)
                out.append(self.delimiter)
            else:
                try:
                    value = kws[name] if name in kws else mapping[name]
                except KeyError:
                    if not safe:
                        raise
                    out.append(text[start:end])
                else:
                    out.append(str(value))
        out.append(text[done:])
        return ''.join(out)

    def substitute(self, mapping={}, /, **kws):
        return self._render(mapping, kws, False)

    def safe_substitute(self, mapping={}, /, **kws):
        return self._render(mapping, kws, True)

    def is_valid(self):
        return all(kind != 'invalid' for kind, *_ in _scan_template(self.template, self.delimiter))

    def get_identifiers(self):
        ids = []
        for kind, _, _, name in _scan_template(self.template, self.delimiter):
            if name is not None and name not in ids:
                ids.append(name)
        return ids
