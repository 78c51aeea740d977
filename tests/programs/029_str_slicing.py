# String indexing and slicing, including steps and negative indices.

s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6])
print(s[0:5], s[7:], s[:5], s[-6:], s[-6:-1], s[:], s[100:], s[-100:3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[10:2:-1], s[-2:-8:-2], s[5:5], s[8:2])
print(s[2:11:3], s[:-1:4], s[::100], s[3::-1], s[-1:-14:-1], s[12:-14:-3])

def is_palindrome(text):
    cleaned = "".join(ch.lower() for ch in text if ch.isalnum())
    return cleaned == cleaned[::-1]

for t in ["racecar", "A man, a plan, a canal: Panama", "hello", "", "Was it a car or a cat I saw?"]:
    print(repr(t), is_palindrome(t))

def rotate(text, n):
    if not text:
        return text
    n %= len(text)
    return text[n:] + text[:n]

print([rotate("abcdef", k) for k in range(-2, 8, 3)])

def chunks(text, size):
    return [text[i:i + size] for i in range(0, len(text), size)]

print(chunks("abcdefghijklmnopqrstuvwxyz", 5))
print(chunks("", 3))

for i, ch in enumerate("weft"):
    print(i, ch, ord(ch), "weft"[i:], "weft"[:i] + "_" + "weft"[i + 1:])
try:
    print(s[13])
except IndexError as e:
    print("IndexError:", e)
try:
    print(s[-14])
except IndexError as e:
    print("IndexError:", e)
try:
    print(s[::0])
except ValueError as e:
    print("ValueError:", e)
print(s[slice(0, 5)], s[slice(None, None, -3)], len(s[::3]))
