"""textwrap: wrap, fill, shorten, dedent and indent text, and TextWrapper.

weft's own implementation of CPython 3.11's textwrap.  weft has no `re`
module yet, so the splitting of text into chunks (whitespace runs, words,
hyphenated word parts and em-dashes) is a hand-written scanner that follows
the rules of CPython's word-separator pattern; the results match CPython
chunk for chunk.  Left out: the compiled pattern attributes wordsep_re,
wordsep_simple_re and sentence_end_re of TextWrapper.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# the characters textwrap treats as whitespace (deliberately not Unicode's)
_whitespace = '\t\n\x0b\x0c\r '


def _is_ws(ch):
    return ch in _whitespace


def _is_word(ch):
    # a regular-expression \w character
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    # \w without the digits
    return (ch.isalnum() or ch == '_') and not ch.isdecimal()


def _is_word_punct(ch):
    return _is_word(ch) or ch in '!"\'&.,?'


def _simple_chunks(text):
    """text cut into alternating runs of whitespace and of other characters."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        ws = _is_ws(text[i])
        while j < n and _is_ws(text[j]) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _hyphen_chunks(text):
    """text cut into whitespace runs, words, the parts of hyphenated words
    (each keeping its hyphen) and em-dashes ('--' and longer between words)."""
    chunks = []
    n = len(text)

    def letter(k):
        return 0 <= k < n and _is_letter(text[k])

    def dashes_then_word(k):
        # at k: two or more '-' followed by a \w character?
        j = k
        while j < n and text[j] == '-':
            j += 1
        return j - k >= 2 and j < n and _is_word(text[j])

    i = 0
    while i < n:
        if _is_ws(text[i]):
            j = i + 1
            while j < n and _is_ws(text[j]):
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # an em-dash after a word-ish character and before a word character
        if i > 0 and _is_word_punct(text[i - 1]) and dashes_then_word(i):
            j = i
            while text[j] == '-':
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # the shortest run of non-whitespace that ends a word part
        end = i + 1
        while True:
            # a hyphen that splits a word: letters on both sides
            if end < n and text[end] == '-':
                q = end + 1
                behind = (letter(q - 3) and letter(q - 2)) or (
                    letter(q - 4) and text[q - 3] == '-' and letter(q - 2))
                if behind and letter(q) and (
                        letter(q + 1) or (q + 1 < n and text[q + 1] == '-'
                                          and letter(q + 2))):
                    end = q
                    break
            if end >= n or _is_ws(text[end]):
                break
            if _is_word_punct(text[end - 1]) and dashes_then_word(end):
                break
            end += 1
        chunks.append(text[i:end])
        i = end
    return chunks


def _ends_sentence(chunk):
    # a lowercase ASCII letter, then . ! or ?, then maybe a quote, at the end
    k = len(chunk)
    if k and chunk[-1] in '"\'':
        k -= 1
    return (k >= 2 and chunk[k - 1] in '.!?'
            and 'a' <= chunk[k - 2] <= 'z')


class TextWrapper:
    """Wraps paragraphs to a width; the constructor's keywords are its
    public attributes (see wrap() and fill())."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _hyphen_chunks(text)
        return _simple_chunks(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        room = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            cut = room
            if self.break_on_hyphens and len(chunk) > room:
                h = chunk.rfind('-', 0, room)
                if h > 0 and chunk[:h].strip('-'):
                    cut = h + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        placeholder = self.placeholder
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        drop = self.drop_whitespace
        lines = []
        todo = chunks[::-1]
        while todo:
            prefix = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(prefix)
            if drop and lines and todo[-1].strip() == '':
                todo.pop()
            line = []
            size = 0
            while todo and size + len(todo[-1]) <= width:
                size += len(todo[-1])
                line.append(todo.pop())
            if todo and len(todo[-1]) > width:
                self._handle_long_word(todo, line, size, width)
                size = sum(len(c) for c in line)
            if drop and line and line[-1].strip() == '':
                size -= len(line[-1])
                line.pop()
            if not line:
                continue
            last_allowed = (self.max_lines is None
                            or len(lines) + 1 < self.max_lines)
            rest_blank = not todo or (drop and len(todo) == 1
                                      and not todo[0].strip())
            if last_allowed or (rest_blank and size <= width):
                lines.append(prefix + ''.join(line))
                continue
            # out of lines: end this one with the placeholder
            while line:
                if line[-1].strip() and size + len(placeholder) <= width:
                    lines.append(prefix + ''.join(line) + placeholder)
                    return lines
                size -= len(line[-1])
                line.pop()
            if lines:
                prev = lines[-1].rstrip()
                if len(prev) + len(placeholder) <= self.width:
                    lines[-1] = prev + placeholder
                    return lines
            lines.append(prefix + placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines (without newlines) of text wrapped to self.width."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """text wrapped to self.width, as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The lines of text wrapped to width (keywords as for TextWrapper)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """text wrapped to width, joined with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its whitespace collapsed, cut to fit one line of width
    (ending with the placeholder when something was cut)."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """text with the leading spaces and tabs common to all its non-blank
    lines removed; lines of only spaces and tabs become empty."""
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        body = line.lstrip(' \t')
        if not body:
            lines[k] = ''
            continue
        lead = line[:len(line) - len(body)]
        if margin is None or lead.startswith(margin):
            if margin is None:
                margin = lead
        elif margin.startswith(lead):
            margin = lead
        else:
            common = 0
            for a, b in zip(margin, lead):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """text with prefix put before each line for which predicate(line) is
    true (by default: lines that are not only whitespace)."""
    out = []
    for line in text.splitlines(True):
        keep = predicate(line) if predicate is not None else line.strip()
        out.append(prefix + line if keep else line)
    return ''.join(out)
