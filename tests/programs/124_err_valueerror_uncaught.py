# Uncaught ValueError from int() on user-like data.

def parse_scores(text):
    scores = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        scores.append(int(part))
        print("parsed", scores[-1])
    return scores

def grade(score):
    for limit, letter in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if score >= limit:
            return letter
    return "F"

batches = ["10, 20,30", "95,85,,75", "40,fifty,60"]
for batch in batches:
    scores = parse_scores(batch)
    print("batch total:", sum(scores), "grades:", "".join(grade(s) for s in scores))
print("all batches done")
