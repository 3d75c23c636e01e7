#!/usr/bin/env python3
"""Promise throughput, duv against node, side by side.

Usage: promise.py [path-to-duv] [runs]
Runs each case of promise.js `runs` times (default 5) in fresh processes of
duv and of node and prints the medians in milliseconds and their ratio.
"""
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))


def time_case(cmd, case):
    out = subprocess.run(cmd + [os.path.join(HERE, 'promise.js'), case], capture_output=True,
                         check=True, text=True).stdout.split()
    return float(out[1])


def main():
    duv = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(TOP, 'build', 'release', 'bin', 'duv')
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    print('%-6s %10s %10s %7s' % ('case', 'duv ms', 'node ms', 'ratio'))
    for case in ('chain', 'many', 'ctor'):
        d = statistics.median(time_case([duv], case) for _ in range(runs))
        n = statistics.median(time_case(['node'], case) for _ in range(runs))
        print('%-6s %10.0f %10.0f %6.1fx' % (case, d, n, d / n if n else float('inf')))


if __name__ == '__main__':
    main()
