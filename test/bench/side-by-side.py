#!/usr/bin/env python3
"""Runs a JSON-line benchmark under duv and node, interleaved, and prints the
median of every case and the duv/node ratio.

Usage: test/bench/side-by-side.py <bench.js> [path/to/duv] [runs]

The script prints, last, one JSON object of milliseconds per case, timed
inside the process (start-up left out). Each round runs duv and node in fresh
processes, the order alternating between rounds; runs defaults to 5."""
import json
import os
import statistics
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
script = os.path.abspath(sys.argv[1])
duv = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, '../../build/release/bin/duv')
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5


def once(cmd):
    return json.loads(subprocess.check_output(cmd + [script]).decode().strip().splitlines()[-1])


results = {'duv': [], 'node': []}
for r in range(runs):
    order = [('duv', [duv]), ('node', ['node'])]
    if r % 2:
        order.reverse()
    for name, cmd in order:
        results[name].append(once(cmd))


def medians(rs):
    return {k: statistics.median(r[k] for r in rs) for k in rs[0]}


d, n = medians(results['duv']), medians(results['node'])
print('%-26s %10s %10s %8s' % ('case (ms, median of %d)' % runs, 'duv', 'node', 'duv/node'))
for k in d:
    print('%-26s %10.1f %10.1f %8.2f' % (k, d[k], n[k], d[k] / n[k] if n[k] else float('inf')))
