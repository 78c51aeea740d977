import textwrap
text = """The quick brown fox jumps over the lazy dog.  It was a well-known fact -- at least among foxes -- that dogs were lazy!  Mr. Smith's e-mail address (smith@example.com) is long-winded; his co-worker's isn't.   Supercalifragilisticexpialidocious words break; so do URLs like http://example.com/a-very-long-path-name-here.
	Tabs	and
newlines appear too. "Quoted sentence." Another one? Yes! Numbers: 3.14, 1-2-3, x-1, a-b, ab-cd, abc--def, --flag, foo--, 12--34."""
for width in range(1, 80, 7):
    for kw in [{}, {'break_on_hyphens': False}, {'fix_sentence_endings': True}, {'break_long_words': False}, {'drop_whitespace': False}, {'max_lines': 3}, {'max_lines': 2, 'placeholder': ' ...'}, {'expand_tabs': False, 'replace_whitespace': False}, {'tabsize': 4}]:
        try:
            print(width, kw, textwrap.wrap(text, width, **kw))
        except ValueError as e:
            print(width, kw, 'VE', e)
print(textwrap.fill(text, 40, initial_indent='    ', subsequent_indent='  | '))
for w in (5, 10, 20, 40, 80):
    print(repr(textwrap.shorten(text, w)), repr(textwrap.shorten("Hello  world!", w, placeholder="..")))
print(repr(textwrap.dedent("    def f():\n        return 1\n  \n    x = 2\n")))
print(repr(textwrap.dedent("\tA\n\t\tB\n \tC")), repr(textwrap.dedent("  a\n b\n")), repr(textwrap.dedent("\n\n   x\n   y\n\n")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "+ ")), repr(textwrap.indent("a\nb\r\nc", "> ", lambda l: True)))
try: textwrap.wrap("abc", 0)
except ValueError as e: print(e)
try: textwrap.wrap("abc def", 3, max_lines=2, placeholder="......")
except ValueError as e: print(e)
class W(textwrap.TextWrapper):
    def _split(self, text):
        return text.split('|')
print(W(width=5).wrap("ab|cd|ef|gh"))
w = textwrap.TextWrapper(width=20, max_lines=2)
print(w.width, w.placeholder, w.tabsize, w.fill("one two three four five six seven eight"))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("   ", 10, drop_whitespace=False))
print(textwrap.wrap("a" * 25, 10), textwrap.wrap("aaa-bbb-ccc-ddd-eee", 6), textwrap.wrap("----------", 4))
