# Caesar and Vigenère ciphers, with frequency-analysis cracking of a Caesar shift.

ALPHA = "abcdefghijklmnopqrstuvwxyz"

def shift_char(ch, k):
    if ch.islower() and ch in ALPHA:
        return ALPHA[(ALPHA.index(ch) + k) % 26]
    if ch.isupper() and ch.lower() in ALPHA:
        return ALPHA[(ALPHA.index(ch.lower()) + k) % 26].upper()
    return ch

def caesar(text, k):
    return "".join(shift_char(ch, k) for ch in text)

def vigenere(text, key, decrypt=False):
    out, i = [], 0
    for ch in text:
        if ch.lower() in ALPHA and ch.isalpha():
            k = ALPHA.index(key[i % len(key)])
            out.append(shift_char(ch, -k if decrypt else k))
            i += 1
        else:
            out.append(ch)
    return "".join(out)

ENGLISH = "etaoinshrdlcumwfgypbvkjxqz"

def score(text):
    counts = {}
    for ch in text.lower():
        if ch in ALPHA:
            counts[ch] = counts.get(ch, 0) + 1
    return sum(n * (26 - ENGLISH.index(ch)) for ch, n in counts.items())

def crack(ciphertext):
    best = max(range(26), key=lambda k: (score(caesar(ciphertext, -k)), -k))
    return best, caesar(ciphertext, -best)

message = "The quick brown fox jumps over the lazy dog, while Zoë watches!"
for k in [1, 3, 13, 25, 26, -3]:
    enc = caesar(message, k)
    print(f"{k:>3}: {enc}")
    assert caesar(enc, -k) == message
print("rot13 twice is identity:", caesar(caesar(message, 13), 13) == message)
secret = caesar("Attack at dawn. Meet me near the old mill at sunrise and bring the maps.", 11)
print("ciphertext:", secret)
print("cracked:", crack(secret))
v = vigenere("Attack at dawn!", "lemon")
print(v, "|", vigenere(v, "lemon", decrypt=True))
table = {ch: caesar(ch, 3) for ch in "xyzabc"}
print(table)
print("".join(sorted(set(caesar("hello world", 7).replace(" ", "")))))
