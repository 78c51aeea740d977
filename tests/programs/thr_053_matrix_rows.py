import threading

A = [[i + j for j in range(6)] for i in range(5)]
B = [[(i * j) % 7 for j in range(4)] for i in range(6)]
C = [[0] * 4 for _ in range(5)]

def row(i):
    for j in range(4):
        C[i][j] = sum(A[i][k] * B[k][j] for k in range(6))

ts = [threading.Thread(target=row, args=(i,), name="row%d" % i) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
for r in C:
    print(" ".join("%4d" % v for v in r))
print([t.name for t in ts])
