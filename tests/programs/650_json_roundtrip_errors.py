import json
for s in ['', '{', '[', '[1', '{"a"', '{"a":', '{"a":1,}', '[1,]', '"abc', '"a\\x"', '"a\\u12"', '"a\\u12zz"', '"a\x01"', '"a\x01', '1 2', '{1:2}', '-', '1.', '1e', '"\\', '{"a" 1}', '[1 2]', 'nul', '"\\ud800\\udc00"','\ufeff1','[NaN, Infinity, -Infinity]', '1.5e3', '-0', '-0.0', '0123', '\n\n  x', ' {"a": [1, 2.5, {"b": null}], "c": true, "d": false} ', '"\\u00e9\\n\\t\\"\\\\\\/"', '1E+2', '1e-2', '-12.5E2', '[[[]]]', '{"a":{}}']:
    try: print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e: print(repr(s), e, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
for v in [float('nan'), [float('inf')], {1.5: float('-inf')}]:
  for ind in [None, 2]:
    try: json.dumps(v, allow_nan=False, indent=ind)
    except ValueError as e: print(e)
try: json.dumps({(1,2):1}, indent=2)
except TypeError as e: print(e)
try: json.dumps({(1,2):1})
except TypeError as e: print(e)
a=[]; a.append(a)
try: json.dumps(a)
except ValueError as e: print(e)
try: json.dumps(a, indent=1)
except ValueError as e: print(e)
try: json.loads(5)
except TypeError as e: print(e)
try: json.dumps({1, 2})
except TypeError as e: print(e)
data = {"name": "weft", "n": [1, 2.5, -3, 1e100, 1e-7, True, False, None], "nested": {"x": (1, 2), "y": {}}, 3: "int", 2.5: "f", True: "b", None: "n", "uni": "h\u00e9llo \u2603 \U0001F600 \x01"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", separators=(",", ":")))
print(json.dumps({"b": 1, "a": [2, {"d": 1, "c": 2}]}, sort_keys=True, indent=0))
print(json.dumps(data, indent=-1))
print(json.dumps([]), json.dumps({}), json.dumps([[]], indent=2), json.dumps("x\"y"), json.dumps(5), json.dumps(None))
print(json.dumps({(1,2): 1, "a": 2}, skipkeys=True))
print(json.dumps({"a": {1, 2}}, default=sorted))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex): return [o.real, o.imag]
        return super().default(o)
print(json.dumps([1j, 2+3j], cls=E))
print(list(E(indent=1).iterencode({"a": [1, 2j, {"x": None}]})))
print(list(json.JSONEncoder().iterencode([1, "a", {"b": [2]}])))
try: E().encode(object)
except TypeError as e: print(e)
class MyInt(int):
    def __repr__(self): return "MyInt!"
class MyFloat(float):
    def __repr__(self): return "MyFloat!"
class MyStr(str): pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), {MyStr("k"): MyInt(3)}]))
print(json.loads('{"a": 1, "b": 2, "a": 3}'))
print(json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=list))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2, NaN]', parse_float=str, parse_int=lambda s: int(s) * 10, parse_constant=lambda c: c.lower()))
print(json.loads('"a\x01b"', strict=False))
print(json.loads(b'{"a": [1]}'), json.loads(bytearray(b'[2]')))
d = json.JSONDecoder()
print(d.raw_decode('{"a": 1} rest'))
print(d.raw_decode('xx[1, 2]', 2))
try: d.decode('[1] x')
except ValueError as e: print(type(e).__name__, e.msg, e.doc, e.pos)
import io
f = io.StringIO()
json.dump({"a": [1, 2]}, f, indent=1)
print(f.getvalue())
print(json.load(io.StringIO('[1, {"z": "q"}]')))
print(json.dumps(1e16), json.dumps(0.1), json.dumps(-0.0), json.dumps(12345678901234567890))
print(json.dumps(float('nan')), json.dumps([float('inf'), float('-inf')]))
print(json.loads('123456789012345678901234567890'), json.loads('1.7976931348623157e309'))
print(json.JSONDecodeError.__mro__[1].__name__, json.JSONDecodeError("m", "ab\ncd", 4).colno)
print(json.dumps({"a": 1}, separators=(',', ':')), json.dumps([1,2], indent=None, separators=(' , ', ' : ')))
