# Word-frequency counter over an embedded text, sorted by count then word.

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way -- in short, the period was so far like the present period,
that some of its noisiest authorities insisted on its being received, for good
or for evil, in the superlative degree of comparison only.
"""

STOP_WORDS = {"the", "of", "it", "was", "a", "to", "in", "on", "for", "or", "so", "that"}

def tokenize(text):
    words = []
    for raw in text.split():
        word = raw.strip(".,;:!?\"'()-").lower()
        if word:
            words.append(word)
    return words

def count(words):
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    return freq

words = tokenize(TEXT)
freq = count(words)
print("total words:", len(words))
print("distinct words:", len(freq))
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print("top 12:")
for word, n in ranked[:12]:
    print(f"  {word:<12} {n:>3} {'#' * n}")

content = {w: n for w, n in freq.items() if w not in STOP_WORDS}
print("top content words:", [w for w, _ in sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:8]])
by_length = {}
for w in freq:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(f"  {length:2}: {', '.join(sorted(by_length[length]))}")
singletons = sorted(w for w, n in freq.items() if n == 1)
print(len(singletons), "words appear once; first five:", singletons[:5])
longest = max(freq, key=lambda w: (len(w), w))
print("longest word:", longest, len(longest))
letters = count(ch for w in words for ch in w)
print("letter frequencies:", "".join(ch for ch, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))))
