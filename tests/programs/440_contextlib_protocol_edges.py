import sys, io
from contextlib import *
import contextlib

def chain(e):
    out = []
    while e is not None:
        out.append(repr(e)); e = e.__context__
    return out

@contextmanager
def cm(tag, swallow=False):
    print('enter', tag)
    try:
        yield tag
    except ValueError as e:
        print('caught', repr(e))
        if not swallow: raise
    finally:
        print('exit', tag)

with cm('a') as v: print('body', v)
with cm('b', True): raise ValueError('x')
try:
    with cm('c'): raise ValueError('y')
except ValueError as e: print('out', repr(e), e.__context__)
try:
    with cm('d'): raise KeyError('k')
except KeyError as e: print('out', repr(e))

@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e, e.__context__, e.__cause__, e.__suppress_context__)

@contextmanager
def twice():
    yield 1; yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
try:
    with twice(): raise ValueError
except ValueError as e: print('VE', repr(e))

@contextmanager
def twice2():
    try: yield 1
    except ValueError: yield 2
try:
    with twice2(): raise ValueError
except RuntimeError as e: print(e, e.__context__)
@contextmanager
def stops():
    yield
try:
    with stops(): raise StopIteration('s')
except StopIteration as e: print('stop propagated', e)

@contextmanager
def catch_all():
    try: yield
    except BaseException: pass
with catch_all(): raise StopIteration('z')
print('suppressed stop')

@contextmanager
def converts():
    try: yield
    except ValueError: raise TypeError('conv')
try:
    with converts(): raise ValueError('orig')
except TypeError as e: print(repr(e), repr(e.__context__))

@contextmanager
def rt():
    yield
try:
    with rt(): raise RuntimeError('rt')
except RuntimeError as e: print('rt', e)

@contextmanager
def wrapgen():
    yield
# exception class (no instance) passed
g = wrapgen(); g.__enter__()
print(g.__exit__(ValueError, None, None) if False else '')
try: g.__exit__(ValueError, None, None)
except ValueError as e: print('class form', repr(e))

@cm('deco')
def f(x): print('in f', x); return x * 2
print(f(3), f(4), f.__name__)

@contextmanager
def documented():
    """My doc."""
    yield
print(documented().__doc__, noyield().__doc__, documented.__doc__, documented.__name__)
c = documented(); print(c.func is not None, c.args, c.kwds); c.__enter__(); print(hasattr(c, 'func'), hasattr(c, 'gen'))
print(type(c).__name__, isinstance(c, ContextDecorator), isinstance(c, AbstractContextManager))

class MyDec(ContextDecorator):
    def __enter__(self): print('MyDec in'); return self
    def __exit__(self, *a): print('MyDec out', a[0]); return False
@MyDec()
def h(): print('h body')
h()

with suppress(KeyError, IndexError): {}['x']
with suppress(): pass
try:
    with suppress(KeyError): [][1]
except IndexError as e: print('not suppressed', e)
print(suppress(ValueError).__exit__(None, None, None))

class Thing:
    def close(self): print('closed')
with closing(Thing()) as t: print(type(t).__name__)
with nullcontext(5) as n: print(n)
with nullcontext() as n: print(n)

buf = io.StringIO()
r = redirect_stdout(buf)
with r as tgt:
    print('hidden'); print(tgt is buf)
    with r: print('nested')
print(repr(buf.getvalue()))
eb = io.StringIO()
with redirect_stderr(eb): sys.stderr.write('err!')
print(repr(eb.getvalue()), sys.stderr is sys.__stderr__)

# ExitStack
with ExitStack() as st:
    st.callback(print, 'cb1', end='!\n')
    @st.callback
    def deco(): print('deco cb')
    print(st.enter_context(cm('es')))
    st.push(lambda *a: print('push fn', a[0]) )
    print(deco.__name__)
try:
    ExitStack().enter_context(object())
except TypeError as e: print(e)
class NoExit:
    def __enter__(self): pass
try:
    ExitStack().enter_context(NoExit())
except TypeError as e: print(e)

with ExitStack() as st:
    st.push(lambda *a: True)
    raise ValueError('swallowed by stack')
print('after swallow')

def raiser(exc):
    def f(*a): raise exc
    return f
try:
    with ExitStack() as st:
        st.push(raiser(KeyError('k3')))
        st.push(raiser(IndexError('i2')))
        st.callback(raiser(TypeError('t1')))
        raise ValueError('body')
except Exception as e:
    print('chain', chain(e))
try:
    with ExitStack() as st:
        st.push(raiser(KeyError('k3')))
        st.push(lambda *a: True)
        st.push(raiser(IndexError('i2')))
except Exception as e:
    print('chain2', chain(e))
try:
    try:
        raise OSError('outer')
    except OSError:
        with ExitStack() as st:
            st.push(raiser(KeyError('k')))
            st.push(raiser(IndexError('i')))
            raise ValueError('inner')
except Exception as e:
    print('chain3', chain(e))

class Falsy:
    def __bool__(self): raise ZeroDivisionError('bool')
try:
    with ExitStack() as st:
        st.push(lambda *a: Falsy())
except ZeroDivisionError as e: print('bool err', e)

st = ExitStack()
st.callback(print, 'moved')
st2 = st.pop_all()
st.close(); print('closed first'); st2.close()
class Sub(ExitStack): pass
print(type(Sub().pop_all()).__name__)

class CM:
    def __enter__(self): print('CM enter'); return 'cmv'
    def __exit__(self, t, v, tb): print('CM exit', t); return True
with ExitStack() as st:
    print(st.push(CM()).__class__.__name__)
    raise KeyError
print(ExitStack().__exit__(None, None, None))
with ExitStack() as st:
    st.enter_context(CM())
    raise KeyError('suppressed by CM')
print('done')
from contextlib import ExitStack, contextmanager
def chain(e):
    out = []
    while e is not None and len(out) < 6:
        out.append(repr(e)); e = e.__context__
    return out
def reraise(t, v, tb): raise v
def newfrom(t, v, tb): raise KeyError('new') from v
try:
    with ExitStack() as st:
        st.push(reraise); st.push(newfrom); st.push(reraise)
        raise ValueError('b')
except Exception as e: print(chain(e), repr(e.__cause__))
try:
    try:
        raise OSError('o2')
    except OSError:
        with ExitStack() as st:
            st.push(lambda *a: True)
            st.callback(lambda: [][0])
except Exception as e: print(chain(e))
@contextmanager
def inner():
    try: yield
    except KeyError: raise IndexError('ie')
try:
    with ExitStack() as st:
        st.enter_context(inner())
        st.enter_context(inner())
        raise KeyError('k')
except Exception as e: print(chain(e))
with ExitStack() as outer:
    with ExitStack() as st:
        st.callback(print, 'inner cb')
        outer.push(st.pop_all())
    print('after inner')
