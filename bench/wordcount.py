# String and dict workload: build a ~2-million-word text deterministically
# (fixed word list, linear congruential generator), split it, count words
# with a dict, print the ten most frequent (by count, then alphabetically).

WORDS = (
    "the quick brown fox jumps over lazy dog and a an of to in is it that "
    "for on with as was at by be this from or have not are but had his they "
    "you were her which she all their there can been one would will if more "
    "when who so no what out up said into about them then some could time "
    "these two may other than only new like its my also any after first well "
    "water light river stone cloud forest garden window mirror thread weave "
    "loom shuttle warp weft yarn needle pattern silk cotton linen wool dye"
).split()


def make_text(n):
    nwords = len(WORDS)
    state = 12345
    parts = []
    line = []
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        # Skew the distribution a little so the top ten is well defined.
        r = (state >> 8) % (nwords * 3)
        if r >= nwords:
            r = (r - nwords) % (nwords // 4 + 1)
        line.append(WORDS[r])
        if len(line) == 12:
            parts.append(" ".join(line))
            line = []
    if line:
        parts.append(" ".join(line))
    return "\n".join(parts)


def count(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    text = make_text(2000000)
    counts = count(text)
    print(len(text), "characters,", len(counts), "distinct words")
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    for word, n in top:
        print(f"{word:>8} {n:>8}")


main()
