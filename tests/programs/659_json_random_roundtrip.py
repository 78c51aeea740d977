# Random nested values (ints, big ints, floats, strings with escapes and
# astral characters, lists, tuples, dicts) through dumps with several option
# sets, and back through loads.
import json, random
random.seed(3)
def gen(d):
    r = random.random()
    if d > 3 or r < 0.4:
        return random.choice([0, -1, 7, 2**70, 1.5, -0.0, 1e-9, 3.14159, True, False, None, "", "a b", "é\n\t\"", "\U0001F600x", "\x00\x1f\x7f"])
    if r < 0.7:
        return [gen(d + 1) for _ in range(random.randint(0, 4))]
    if r < 0.8:
        return tuple(gen(d + 1) for _ in range(random.randint(0, 3)))
    return {random.choice(["k", "a", "é", "z z", "1"]) + str(i): gen(d + 1) for i in range(random.randint(0, 4))}
for n in range(60):
    v = gen(0)
    opts = [{}, {"indent": 2}, {"ensure_ascii": False}, {"sort_keys": True, "indent": "\t"}, {"separators": (",", ":")}, {"indent": 0}]
    for o in opts:
        s = json.dumps(v, **o)
        print(s)
        back = json.loads(s)
        print(json.dumps(back, sort_keys=True) == json.dumps(json.loads(json.dumps(v)), sort_keys=True))
