#!/usr/bin/env python3
"""Runs bench-buffer.js (Buffer.concat of 64 MB in 64 KB pieces,
toString('base64') of 64 MB, ...) under duv and node, interleaved, several
times each, and prints the median of every case and the duv/node ratio.
Usage: test/bench/run-buffer.py [path/to/duv] [runs]"""
import json
import os
import statistics
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
duv = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '../../build/release/bin/duv')
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
script = os.path.join(here, 'bench-buffer.js')


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
print('%-22s %10s %10s %8s' % ('case (ms, median of %d)' % runs, 'duv', 'node', 'duv/node'))
for k in d:
    print('%-22s %10.1f %10.1f %8.2f' % (k, d[k], n[k], d[k] / n[k] if n[k] else float('inf')))
