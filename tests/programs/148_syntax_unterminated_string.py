# An unterminated string literal: the error names the line it was detected at.
name = "weft"
greeting = "hello, + name
print(greeting)

def shout(text):
    return text.upper() + "!"

print(shout(name))
