# Run-length encoding and decoding, with a compact string format and round-trip checks.

def rle_encode(data):
    if not data:
        return []
    runs = []
    current, count = data[0], 1
    for item in data[1:]:
        if item == current:
            count += 1
        else:
            runs.append((current, count))
            current, count = item, 1
    runs.append((current, count))
    return runs

def rle_decode(runs):
    out = []
    for item, count in runs:
        out.extend([item] * count)
    return out

def to_text(runs):
    return "".join(f"{n}{ch}" if n > 1 else ch for ch, n in runs)

def from_text(text):
    runs, num = [], ""
    for ch in text:
        if ch.isdigit():
            num += ch
        else:
            runs.append((ch, int(num) if num else 1))
            num = ""
    if num:
        raise ValueError(f"dangling count {num!r} at end of input")
    return runs

samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabcccccaaa", "", "zzzzzzzzzzzz", "ééé日日"]
for s in samples:
    runs = rle_encode(s)
    text = to_text(runs)
    back = "".join(rle_decode(from_text(text)))
    ratio = len(text) / len(s) if s else 0
    print(f"{s[:20]!r:<24} -> {text!r:<20} ok={back == s} ratio={ratio:.2f}")

numbers = [0, 0, 0, 1, 1, 2, 0, 0, 0, 0, 5]
print(rle_encode(numbers), rle_decode(rle_encode(numbers)) == numbers)
print(rle_encode([[1], [1], [2]]), rle_encode((True, True, 1, 1.0, "1")))

def longest_run(data):
    runs = rle_encode(data)
    return max(runs, key=lambda r: r[1]) if runs else None

print(longest_run("abbcccddddcccbba"), longest_run([3, 3, 1, 1, 1]), longest_run(""))
try:
    from_text("3a4")
except ValueError as e:
    print("ValueError:", e)

def look_and_say(s, n):
    seq = [s]
    for _ in range(n):
        s = "".join(f"{count}{ch}" for ch, count in rle_encode(s))
        seq.append(s)
    return seq

print(look_and_say("1", 8))
print([len(x) for x in look_and_say("1", 20)])
