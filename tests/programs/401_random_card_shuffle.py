# Shuffling and dealing a deck of cards with independent generators.
import random

SUITS = "♠♥♦♣"
RANKS = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]


def new_deck():
    return [rank + suit for suit in SUITS for rank in RANKS]


dealer = random.Random(52)
deck = new_deck()
dealer.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for n, hand in enumerate(hands, 1):
    print(f"player {n}: {' '.join(hand)}")

# The same seed gives the same shuffle; a different seed does not.
again = new_deck()
random.Random(52).shuffle(again)
print("same order:", again == deck)
other = new_deck()
random.Random(53).shuffle(other)
print("different order:", other != deck)

# Draw cards one at a time with choice, removing them.
rng = random.Random("poker night")
pile = new_deck()
drawn = []
for _ in range(6):
    card = rng.choice(pile)
    pile.remove(card)
    drawn.append(card)
print("drawn:", drawn, "left:", len(pile))

# Shuffle a list of tuples and a long list of numbers.
seats = [("ann", 1), ("bob", 2), ("cid", 3), ("dee", 4)]
rng.shuffle(seats)
print(seats)
numbers = list(range(100))
rng.shuffle(numbers)
print(numbers[:20], sum(numbers))
