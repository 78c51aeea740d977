# != on the User wrappers and ChainMap, UserDict argument errors; keyword lookups.
from collections import UserString, UserDict, UserList
print(hash(UserString('ab')) == hash('ab'), {UserString('a'): 1})
try:
    UserDict(0)
except TypeError as e:
    print(e)
print(UserDict([('a', 1)]), UserDict({}), UserList(range(3)), UserList((1, 2)) == (1, 2), UserList([1]) == UserList([1]))
l = UserList([1, 2]); print(l != [1, 2], l.__eq__(3), sorted([UserList([2]), UserList([1])]))
from collections import ChainMap
print(UserDict(a=1) != {'a': 1}, UserDict(a=1) != {'a': 2}, ChainMap({'a': 1}) != {'a': 1}, UserString('a') != 'a', UserString('a') != UserString('b'))
print(UserDict(a=1).__ne__(3), UserList([1]).__ne__(3))
import keyword
print(keyword.iskeyword('if'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.iskeyword(3), len(keyword.kwlist), keyword.softkwlist)
try:
    keyword.iskeyword([])
except TypeError as e:
    print(e)
