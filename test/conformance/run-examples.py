#!/usr/bin/env python3
"""The example hosts of examples/ run and print what their scripts say:
frame-loop.c ticks duv at 60 Hz from its own frame loop, host-module.c gives
scripts require('host'), host-loop.c runs two runtimes on its own libuv loop.

Usage: run-examples.py <path-to-duv> <mode>. Prints `N passed, N failed` last.
"""
import os
import re
import subprocess
import sys
import time

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
results = []


def check(name, ok, detail=''):
    results.append(ok)
    if not ok:
        print('FAIL %s\n%s' % (name, detail))


def run(exe, script):
    start = time.time()
    p = subprocess.run([exe, script], capture_output=True, text=True, timeout=60, cwd=TOP)
    return p, time.time() - start


def main():
    build = os.path.dirname(os.path.dirname(os.path.abspath(sys.argv[1])))
    p, took = run(os.path.join(build, 'examples', 'frame-loop'), 'examples/frame-loop/game.js')
    m = re.search(r'level "first level": 3 enemies spawned by frame (\d+)', p.stdout)
    check('frame-loop output', p.returncode == 0 and m is not None,
          'exit %d\n%s\n%s' % (p.returncode, p.stdout, p.stderr))
    # 60 Hz: about 30 frames take about half a second, and the host stops
    # when the script is done rather than running all 600 frames.
    check('frame-loop paced at 60 Hz', m is not None and int(m.group(1)) >= 30 and 0.4 < took < 5,
          'took %.2fs, %s' % (took, p.stdout))
    p, _ = run(os.path.join(build, 'examples', 'host-module'), 'examples/host-module.js')
    check('host-module output', p.returncode == 0 and p.stdout == '1 x sword, 20 x arrow; gold: 125\n',
          'exit %d\n%r\n%s' % (p.returncode, p.stdout, p.stderr))
    p, _ = run(os.path.join(build, 'examples', 'host-loop'), 'examples/host-loop.js')
    lines = p.stdout.splitlines()
    check('host-loop output', p.returncode == 0 and sorted(lines[:2]) == ['alpha: 3 ticks', 'beta: 3 ticks']
          and lines[2:] == ['alpha: exit 0', 'beta: exit 0', 'host: 5 heartbeats, loop closed: yes'],
          'exit %d\n%r\n%s' % (p.returncode, p.stdout, p.stderr))
    passed = sum(1 for r in results if r)
    print('%d passed, %d failed' % (passed, len(results) - passed))
    return 0 if passed == len(results) else 1


if __name__ == '__main__':
    sys.exit(main())
