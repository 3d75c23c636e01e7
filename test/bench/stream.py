#!/usr/bin/env python3
"""Stream throughput, duv against node, side by side.

Usage: stream.py [path-to-duv] [runs]
Runs each case of stream.js `runs` times (default 7), alternating duv and
node in fresh processes (the order rotates each round, as run.py does), and
prints the median milliseconds (timed inside each process, start-up left
out) and their ratio. Fails only when the two disagree on the check value.
"""
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
CASES = ('pipe', 'objects')


def run_case(cmd, case):
    out = subprocess.run(cmd + [os.path.join(HERE, 'stream.js'), case], capture_output=True,
                         check=True, text=True).stdout.split()
    return float(out[1]), out[2]


def main():
    duv = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(TOP, 'build', 'release', 'bin', 'duv')
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    hosts = [('duv', [duv]), ('node', ['node'])]
    print('%-8s %10s %10s %7s' % ('case', 'duv ms', 'node ms', 'ratio'))
    for case in CASES:
        times = {'duv': [], 'node': []}
        checks = set()
        for r in range(runs):
            k = r % len(hosts)
            for name, cmd in hosts[k:] + hosts[:k]:
                ms, check = run_case(cmd, case)
                times[name].append(ms)
                checks.add(check)
        if len(checks) != 1:
            sys.exit('stream.py: duv and node disagree on %s: %s' % (case, sorted(checks)))
        d = statistics.median(times['duv'])
        n = statistics.median(times['node'])
        print('%-8s %10.1f %10.1f %6.1fx' % (case, d, n, d / n if n else float('inf')))


if __name__ == '__main__':
    main()
