# UserDict, UserList and UserString: mapping/list/str behaviour through the data attribute.
from collections import UserDict, UserList, UserString
u = UserDict(a=1); u2 = UserDict({'b': 2}, c=3)
print(u, u2, u | u2, u | {'z': 0}, {'z': 0} | u, type({'z': 0} | u).__name__, u == {'a': 1}, u == UserDict(a=1), u != u2)
u |= u2; print(u, u.keys(), u.items(), u.values(), list(u.items()), 'b' in u.keys(), ('b', 2) in u.items(), 3 in u.values())
print(u.pop('a'), u.pop('zz', 5), u.popitem(), u, u.get('c'), u.get('zz', 1), u.setdefault('s', 2), u)
try:
    u.pop('nah')
except KeyError as e:
    print('KeyError', e)
try:
    UserDict().popitem()
except KeyError as e:
    print('KeyError', repr(e))
print(UserDict.fromkeys('ab', 1), u.copy(), type(u.copy()).__name__, len(u), list(u))
class MyD(UserDict):
    pass
m = MyD(x=1); m.extra = 'e'; c = m.copy(); print(c, type(c).__name__, c.extra, c.data is m.data)
import copy
cc = copy.copy(m); print(cc, cc.extra, cc.data is m.data, copy.deepcopy(m))
try:
    u['missing']
except KeyError as e:
    print('KeyError', e)
try:
    hash(u)
except TypeError as e:
    print(e)
l = UserList([3, 1, 2])
print(l, l + [4], [0] + l, type([0] + l).__name__, l * 2, 2 * l, l[0], l[1:], l < [4], l == [3, 1, 2], l > UserList([1]), l + (9,))
l += (7,); l *= 2; print(l, len(l), 7 in l, list(reversed(l)), l.count(7), l.index(1), l.index(1, 2))
l.extend(UserList([0])); l.insert(0, -1); l.remove(7); print(l.pop(), l.pop(0), l)
l.sort(key=lambda v: -v); print(l); l.reverse(); print(l, l.copy(), type(l.copy()).__name__)
del l[0]; l[0] = 'x'; print(l, copy.copy(l), copy.deepcopy(UserList([[1]])))
l.clear(); print(l, UserList(), UserList(UserList([1])), UserList('ab'))
s = UserString('Hello World')
print(s, repr(s), s.upper(), type(s.upper()).__name__, s.split(), s.find('o'), s.count('l'), s[1:3], type(s[0]).__name__, s + '!', '>' + s, s * 2, len(s))
print(s.replace('l', 'L', 2), s.startswith('He'), s.partition(' '), s.center(15, '*'), s.zfill(14), s.join('ab'), type(s.join('ab')).__name__)
print(s == 'Hello World', s < 'Z', 'World' in s, UserString('ll') in s, s.isalpha(), int(UserString('42')) + 1, float(UserString('1.5')))
print(UserString('%s-%d') % ('a', 3), list(UserString('ab')), s.strip('Hd'), s.lower().title(), s.encode(), s.splitlines(), hash(s) == hash('Hello World'))
print(UserString(5), UserString(UserString('x')), sorted([UserString('b'), UserString('a')]), s.format(), UserString('{}!').format(1))
