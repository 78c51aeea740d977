# Many threads logging through shared handlers at once: each record is one
# whole line (handlers hold their lock around emit), none is lost, and each
# thread's records stay in the order it logged them.
import io
import logging
import sys
import threading

sys.setswitchinterval(1e-6)
buf = io.StringIO()
shared = logging.StreamHandler(buf)
shared.setFormatter(logging.Formatter('%(threadName)s|%(levelname)s|%(message)s'))
log = logging.getLogger('busy')
log.addHandler(shared)
log.setLevel(logging.DEBUG)
log.propagate = False

THREADS = 6
PER_THREAD = 200


def chatter(k):
    for i in range(PER_THREAD):
        level = (logging.DEBUG, logging.INFO, logging.WARNING)[i % 3]
        log.log(level, 'seq=%d payload=%s end', i, 'abcdefghij' * 4)


threads = [threading.Thread(name='T%d' % k, target=chatter, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

lines = buf.getvalue().splitlines()
print('lines:', len(lines))
seen = {}
broken = 0
for line in lines:
    parts = line.split('|')
    if len(parts) != 3 or not parts[2].endswith(' end'):
        broken += 1
        continue
    seq = int(parts[2].split()[0][4:])
    seen.setdefault(parts[0], []).append(seq)
print('broken lines:', broken)
for name in sorted(seen):
    print(name, len(seen[name]), seen[name] == list(range(PER_THREAD)))


# A handler whose emit is slow and yields: the handler lock still keeps
# one emit at a time.
class Careful(logging.Handler):
    def __init__(self):
        super().__init__()
        self.inside = 0
        self.most = 0
        self.count = 0

    def emit(self, record):
        self.inside += 1
        self.most = max(self.most, self.inside)
        for _ in range(200):
            pass
        self.count += 1
        self.inside -= 1


careful = Careful()
log.handlers = [careful]
threads = [threading.Thread(target=chatter, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('emitted', careful.count, 'at most', careful.most, 'at once')

# acquire/release are the handler's RLock: re-entrant from one thread.
careful.acquire()
careful.acquire()
careful.release()
careful.release()
print(type(careful.lock).__name__ in ('RLock', '_RLock'))
print(logging.NullHandler().lock)
