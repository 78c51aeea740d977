# Per-thread context in log lines: a filter that copies a threading.local
# value into each record, a LoggerAdapter per worker, and a shared
# FileHandler whose contents are checked after the workers are joined.
import logging
import os
import queue
import sys
import threading

context = threading.local()


class ContextFilter(logging.Filter):
    def filter(self, record):
        record.request = getattr(context, 'request', '-')
        return True


out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('req=%(request)s %(levelname)s %(message)s'))
out.addFilter(ContextFilter())
log = logging.getLogger('server')
log.addHandler(out)
log.setLevel(logging.INFO)
log.propagate = False

path = 'thr_102_logging_tmp.log'
shared = logging.FileHandler(path, mode='w')
shared.setFormatter(logging.Formatter('%(name)s:%(worker)s:%(message)s'))
audit = logging.getLogger('audit')
audit.addHandler(shared)
audit.setLevel(logging.DEBUG)
audit.propagate = False

tasks = queue.Queue()
turn = threading.Condition()
order = []  # which worker logs to stdout next


def handle(worker_id):
    adapter = logging.LoggerAdapter(audit, {'worker': worker_id})
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            return
        context.request = item
        adapter.debug('handling %s', item)
        with turn:
            # stdout lines are written in request order
            turn.wait_for(lambda: order and order[0] == item)
            log.info('served %s', item)
            order.pop(0)
            turn.notify_all()
        tasks.task_done()


workers = [threading.Thread(name='w%d' % i, target=handle, args=(i,)) for i in range(3)]
for w in workers:
    w.start()
requests = ['r%02d' % n for n in range(9)]
with turn:
    order.extend(requests)
    turn.notify_all()
for r in requests:
    tasks.put(r)
tasks.join()
for w in workers:
    tasks.put(None)
for w in workers:
    w.join()
log.info('all served')
shared.close()

with open(path) as f:
    lines = f.read().splitlines()
os.remove(path)
print(len(lines), sorted(line.split(':')[2] for line in lines) == ['handling ' + r for r in requests])
print(all(line.startswith('audit:') and line.split(':')[1] in '012' for line in lines))
