#!/usr/bin/env python3
"""The Promises/A+ compliance suite (promises-aplus-tests, pinned in
test/package.json) against duv's native Promise.

Usage: run-promises-aplus.py <path-to-duv> <mode>

The package's test files are written for mocha; test/conformance/aplus/ holds
a small harness with mocha's interface (describe/it/specify/beforeEach/
afterEach, `done`, per-test timeouts) and the adapter. The tests that use
sinon use the sinon the package installs (it loads on duv). Each test file
runs in its own duv process, two at a time: most of the suite's time is
spent waiting on its timers. Every test case counts; the last line is
`N passed, N failed`.
"""
import concurrent.futures
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
TESTS = os.path.join(TOP, 'test', 'node_modules', 'promises-aplus-tests', 'lib', 'tests')
FILES = ['2.1.2', '2.1.3', '2.2.1', '2.2.2', '2.2.3', '2.2.4', '2.2.5', '2.2.6', '2.2.7',
         '2.3.1', '2.3.2', '2.3.3', '2.3.4']
EXPECTED = 872  # test cases in promises-aplus-tests 2.1.2


def run_file(duv, mode, name):
    env = dict(os.environ)
    # A test waits at most this long for `done` (mocha's default is 2000 ms;
    # the package's own runner uses 200 ms). Generous under sanitizers.
    env['APLUS_TIMEOUT_MS'] = '5000' if mode == 'asan' else '2000'
    try:
        p = subprocess.run([duv, os.path.join(HERE, 'aplus', 'run.js'), TESTS, name],
                           capture_output=True, timeout=600, env=env, cwd=HERE)
    except subprocess.TimeoutExpired:
        return name, 0, 1, 'timed out'
    out = (p.stdout + p.stderr).decode('utf-8', errors='replace')
    planned = re.search(r'^planned (\d+)$', out, re.M)
    m = re.search(r'(\d+) passed, (\d+) failed\s*$', out)
    if not m:
        failed = int(planned.group(1)) if planned else 1
        return name, 0, failed, 'no summary (exit %d)\n%s' % (p.returncode, out[-3000:])
    passed, failed = int(m.group(1)), int(m.group(2))
    if planned and passed + failed != int(planned.group(1)):
        missing = int(planned.group(1)) - passed - failed
        return name, passed, failed + max(missing, 1), 'ran %d of %s tests\n%s' % (
            passed + failed, planned.group(1), out[-3000:])
    if p.returncode != (1 if failed else 0):
        return name, passed, failed + 1, 'exit status %d\n%s' % (p.returncode, out[-3000:])
    if mode == 'asan' and ('ERROR: AddressSanitizer' in out or 'runtime error:' in out
                           or 'ERROR: LeakSanitizer' in out):
        return name, passed, failed + 1, 'sanitizer report\n' + out[-3000:]
    return name, passed, failed, out if failed else ''


def main():
    duv, mode = os.path.abspath(sys.argv[1]), sys.argv[2]
    if not os.access(duv, os.X_OK):
        print('no duv at %s' % duv)
        print('0 passed, 1 failed')
        return 1
    if not os.path.isdir(TESTS):
        print('promises-aplus-tests is not installed: run sh tools/setup.sh --test')
        print('0 passed, 1 failed')
        return 1
    passed = failed = 0
    # 2.3.3 alone takes most of the time; two at a time keep the load low
    # for the timing-sensitive tests running beside this suite.
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for name, p, f, detail in pool.map(lambda n: run_file(duv, mode, n), FILES):
            passed += p
            failed += f
            print('%s: %d passed, %d failed' % (name, p, f))
            if detail:
                print(detail)
    if passed + failed != EXPECTED:
        print('expected %d test cases, counted %d' % (EXPECTED, passed + failed))
        failed += 1
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
