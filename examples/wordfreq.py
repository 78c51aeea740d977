# Word frequencies of a short embedded text, with a little bar chart.

TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way - in short, the period was so
far like the present period, that some of its noisiest authorities insisted
on its being received, for good or for evil, in the superlative degree of
comparison only.
"""

PUNCTUATION = ",.;:-!?\"'"


def words(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(" " if ch in PUNCTUATION else ch)
    return "".join(cleaned).split()


def frequencies(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


all_words = words(TEXT)
counts = frequencies(all_words)
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

print(f"{len(all_words)} words, {len(counts)} distinct.\n")
print("Top 12:")
width = max([len(w) for w, _ in ranked[:12]])
for word, n in ranked[:12]:
    print(f"  {word:<{width}} {n:>3} {'#' * n}")

once = sorted([w for w, n in counts.items() if n == 1])
print(f"\n{len(once)} words appear once; the longest of them:",
      max(once, key=len))
letters = frequencies([ch for ch in TEXT.lower() if ch.isalpha()])
top_letters = sorted(letters, key=lambda c: (-letters[c], c))[:5]
print("Most common letters:", " ".join([f"{c}={letters[c]}" for c in top_letters]))
