#!/usr/bin/env python3
"""Runs bench-collections.js under duv and node, several times each, and
prints the median of every case and the duv/node ratio.
Usage: test/bench/run-collections.py [path/to/duv] [runs]"""
import json
import os
import statistics
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
duv = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '../../build/release/bin/duv')
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
script = os.path.join(here, 'bench-collections.js')


def median_of(cmd):
    results = [json.loads(subprocess.check_output(cmd + [script]).decode().strip().splitlines()[-1])
               for _ in range(runs)]
    return {k: statistics.median(r[k] for r in results) for k in results[0]}


d = median_of([duv])
n = median_of(['node'])
print('%-20s %10s %10s %8s' % ('case (ms, median)', 'duv', 'node', 'ratio'))
for k in d:
    print('%-20s %10.1f %10.1f %8.1f' % (k, d[k], n[k], d[k] / n[k] if n[k] else float('inf')))
