import json
l=[]
for i in range(100000): l=[l]
try: json.dumps(l)
except RecursionError as e: print(e)
try: json.loads('['*100000)
except RecursionError as e: print(e)
try: json.loads('{"a":'*100000)
except RecursionError as e: print(e)
for s in ['"héllo" x', '["é", 1,, 2]', '{"ü": "\\x"}', '"\u2603\\u00e9"', '["a", "b\x05"]']:
    try: print(json.loads(s))
    except json.JSONDecodeError as e: print(e)
print(json.decoder.JSONDecoder().raw_decode('["é"] trailing'))
class D(dict):
    def items(self): return [("z", 1), ("a", 2)]
print(json.dumps(D(q=1)), json.dumps(D(q=1), sort_keys=True))
class L(list): pass
print(json.dumps(L([1, L([2])])), json.dumps({"k": (1, (2,))}, indent=1))
print(json.dumps({2: 1, 1: 2}, sort_keys=True))
try: json.dumps({2: 1, "a": 2}, sort_keys=True)
except TypeError as e: print(e)
print(json.dumps({"a": 1, "b": {(1,): 2}}, skipkeys=True, indent=2))
print(json.dumps({(1,): 2}, skipkeys=True, indent=2))
print(json.dumps(float("nan")), json.dumps(1e300*10))
print(json.dumps(["\u0000\u001f\u007f\u0080\uffff"]), json.dumps(["\u0000\u001f\u007f\u0080\uffff"], ensure_ascii=False))
print(json.dumps(10**30), json.dumps(-10**30), json.dumps(True), json.dumps({True: False}))
class C(int): pass
C.A = C(1)
if 0:
    A = 1
print(json.dumps([C.A, {C.A: C.A}]))
o = {}
def df(x): return o
try: json.dumps({"a": object()}, default=lambda x: [x])
except ValueError as e: print(e)
print(json.dumps([object()], default=lambda x: "obj", check_circular=False))
print(json.loads('  [1]  '), json.loads('\t{"a"\n:\r1}'))
print(repr(json.loads('"\\ud83d\\ude00"')), json.loads('1e400'), json.loads('-1e-400'))
print(json.loads('{"a": 1}', object_pairs_hook=dict, object_hook=list))
try: json.loads('[1, 2', )
except ValueError as e: print(repr(e))
e = json.JSONDecodeError("Boom", "abc\ndef", 5)
print(e.args, str(e), e.msg, e.lineno, e.colno, e.pos)
try:
    json.dumps({"a": 1}, indent=1.5)
except TypeError as e: print(e)
print(json.dumps([1, [2, [3]]], indent=""))
print(json.dumps(1.0), json.dumps([0.1+0.2, 1/3, 1e22, 123456789.0]))
try: json.loads('"\\u123"')
except ValueError as e: print(e)
try: json.loads('"\\ud800\\u12"')
except ValueError as e: print(e)
print(json.dumps("\ud7ff"))
enc = json.JSONEncoder(separators=(',', ':'), sort_keys=True)
print(enc.encode({"b": [1, 2], "a": None}), enc.item_separator, enc.key_separator)
print(json.JSONEncoder(indent=2).item_separator, json.JSONEncoder().item_separator)
print(json.scanner.make_scanner, json.decoder.scanstring('"abc" x', 1))
print(json.encoder.encode_basestring_ascii("é\n"), json.encoder.encode_basestring("é\n"))
