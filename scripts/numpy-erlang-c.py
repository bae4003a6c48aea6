"""Vectorised Erlang C staffing in numpy: the reference scripts/bench-staffing.ts races the CLI against.

Reads {"trafficErlangs": [...], "ahtSeconds": s, "targetAnswerSeconds": t, "serviceLevelFraction": x}
on stdin and prints {"agents": [...], "seconds": compute seconds}: for every interval the smallest
N > A with SL = 1 - C(N, A) * exp(-(N - A) * t / AHT) >= x. Erlang B runs for all intervals at once by
its recursion B(n) = A B(n-1) / (n + A B(n-1)) (overflow-free, unlike A^N/N!), and C(N, A) =
B / (1 - (A / N)(1 - B)) (Cooper, Introduction to Queueing Theory, 2nd ed., 1981, eq. 5.2.10).
Intervals leave the arrays as soon as they are staffed, so late rounds touch only the busiest ones.
"""
import json
import sys
import time

import numpy as np

request = json.load(sys.stdin)
traffic = np.asarray(request["trafficErlangs"], dtype=np.float64)
aht, answer, target = request["ahtSeconds"], request["targetAnswerSeconds"], request["serviceLevelFraction"]

started = time.perf_counter()
agents = np.zeros(traffic.shape, dtype=np.int64)
index = np.arange(traffic.size)
load = traffic.copy()
erlang_b = np.ones_like(load)
n = 0
while index.size > 0:
    n += 1
    erlang_b = load * erlang_b / (n + load * erlang_b)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        erlang_c = erlang_b / (1 - (load / n) * (1 - erlang_b))
        service_level = 1 - erlang_c * np.exp(-(n - load) * answer / aht)
    met = (n > load) & (service_level >= target)
    if met.any():
        agents[index[met]] = n
        keep = ~met
        index, load, erlang_b = index[keep], load[keep], erlang_b[keep]
seconds = time.perf_counter() - started
print(json.dumps({"agents": agents.tolist(), "seconds": seconds}))
