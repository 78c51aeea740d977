# Many generated texts (hyphens, em-dashes, punctuation, tabs, unicode
# letters, digits) through TextWrapper's chunking, wrap, shorten, dedent
# and indent, with a spread of options.
import random
import textwrap

random.seed(7)
pieces = ['a', 'b', 'x', 'Y', 'é', 'ß', '_', '1', '0', '-', '-', '-', ' ', ' ',
          '  ', '\t', '\n', '.', '!', '?', ',', '"', "'", '&', '(', ')', '/',
          '--', '---', '\u00a0', 'ab', 'efg', 'long', 'hyphen-ated', 'e-mail',
          'x-y-z', 'well--known', 'a.b']
cases = [''.join(random.choice(pieces) for _ in range(random.randint(0, 20)))
         for _ in range(400)]

w = textwrap.TextWrapper()
w2 = textwrap.TextWrapper(break_on_hyphens=False)
for c in cases:
    print(w._split(c), w2._split(c))

for i, c in enumerate(cases):
    kw = dict(width=3 + i % 12)
    if i % 3 == 0:
        kw['break_on_hyphens'] = False
    if i % 4 == 0:
        kw['fix_sentence_endings'] = True
    if i % 5 == 0:
        kw['max_lines'] = 1 + i % 3
    if i % 7 == 0:
        kw['drop_whitespace'] = False
    if i % 11 == 0:
        kw['break_long_words'] = False
    if i % 6 == 0:
        kw['initial_indent'] = '* '
    if i % 9 == 0:
        kw['subsequent_indent'] = '  '
    if i % 13 == 0:
        kw['replace_whitespace'] = False
    try:
        print(textwrap.wrap(c, **kw))
    except ValueError as e:
        print('ValueError:', e)
    try:
        print(repr(textwrap.shorten(c, width=5 + i % 20)))
    except ValueError as e:
        print('ValueError:', e)
    print(repr(textwrap.dedent(c)), repr(textwrap.indent(c, '> ')))
