# The classic threading-tutorial style: logging with the thread's name in
# every line; joins and events fix the order of the output.
import logging
import sys
import threading

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format='(%(threadName)-10s) %(message)s')


def service():
    logging.debug('Starting')
    logging.debug('Exiting')


def worker(n):
    logging.debug('worker %d running', n)


t = threading.Thread(name='my_service', target=service)
t.start()
t.join()
for i in range(3):
    w = threading.Thread(target=worker, args=(i,))
    w.start()
    w.join()


# Two threads handing a turn back and forth with events.
ping_turn = threading.Event()
pong_turn = threading.Event()


def player(name, mine, theirs, rounds):
    for r in range(rounds):
        mine.wait()
        mine.clear()
        logging.info('%s round %d', name, r)
        theirs.set()


a = threading.Thread(name='ping', target=player, args=('ping', ping_turn, pong_turn, 3))
b = threading.Thread(name='pong', target=player, args=('pong', pong_turn, ping_turn, 3))
a.start()
b.start()
ping_turn.set()
a.join()
b.join()
logging.info('both players done')


# Exceptions logged from inside a thread (to stderr: the traceback names files).
errors = logging.getLogger('errors')
errors.propagate = False
errors.addHandler(logging.StreamHandler())


def failing():
    try:
        {}['missing']
    except KeyError:
        errors.exception('lookup failed in %s', threading.current_thread().name)


f = threading.Thread(name='failing', target=failing)
f.start()
f.join()


# A daemon-style helper with its own logger and formatter.
log = logging.getLogger('pool')
log.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(name)s[%(threadName)s] %(levelname)s %(message)s'))
log.addHandler(h)
log.setLevel(logging.INFO)
done = []
lock = threading.Lock()


def job(n):
    with lock:
        done.append(n)
    log.debug('hidden %d', n)


jobs = [threading.Thread(name='job-%d' % n, target=job, args=(n,)) for n in range(4)]
for j in jobs:
    j.start()
for j in jobs:
    j.join()
log.info('%d jobs finished: %s', len(done), sorted(done))
print(threading.current_thread().name, 'exits')
