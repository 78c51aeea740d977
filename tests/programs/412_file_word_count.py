# Counting words in a text file.
import os

TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.
"""

path = "_tmp_412_" + ".txt"
with open(path, "w", encoding="utf-8") as f:
    f.write(TEXT)
try:
    counts = {}
    lines = 0
    chars = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            lines += 1
            chars += len(line)
            for word in line.split():
                word = word.strip(".,;:!?").lower()
                if word:
                    counts[word] = counts.get(word, 0) + 1
    print("lines:", lines, "chars:", chars, "words:", sum(counts.values()))
    print("distinct:", len(counts))
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
    for word, n in top:
        print(f"{word:>8} {n:3d} {'=' * n}")
    longest = max(counts, key=len)
    print("longest word:", longest)
finally:
    os.remove(path)
print(os.path.exists(path))
