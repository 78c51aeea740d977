# A threaded toy summarised with statistics: workers record simulated
# per-task costs (deterministic), the main thread summarises them.
import statistics
import threading
from fractions import Fraction

results = {}
lock = threading.Lock()


def worker(name, seed):
    costs = []
    x = seed
    for _ in range(25):
        x = (x * 1103515245 + 12345) % 2**31
        costs.append(1.0 + (x % 1000) / 250.0)
    with lock:
        results[name] = costs


threads = [threading.Thread(target=worker, args=('w%d' % i, i * 7 + 1))
           for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

for name in sorted(results):
    c = results[name]
    print(name, 'mean=%r median=%r stdev=%r' % (statistics.mean(c),
          statistics.median(c), statistics.stdev(c)))
    print('   ', 'quartiles', statistics.quantiles(c))
everything = [x for name in sorted(results) for x in results[name]]
print('all', statistics.mean(everything), statistics.pstdev(everything),
      statistics.fmean(everything), statistics.harmonic_mean(everything))
print('per-thread means', [round(statistics.mean(results[n]), 6) for n in sorted(results)])
dist = statistics.NormalDist.from_samples(everything)
print(dist, dist.cdf(3.0))
exact = [Fraction(x) for x in everything]
print(statistics.mean(exact) == Fraction(statistics.mean(everything)) or statistics.mean(exact))
print(statistics.variance(exact).limit_denominator(1000))
