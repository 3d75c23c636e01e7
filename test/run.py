#!/usr/bin/env python3
"""duv's test runner: Check unit tests, JS tests and the conformance suites.

Each JS test (test/js/**/test-*.js) runs in its own duv process with a timeout
and passes when it exits 0 — unless its header says otherwise:

    // expect-exit: 1                 exit status wanted
    // expect-stderr: Error: boom     text stderr must contain (repeatable)
    // expect-stdout: hello           text stdout must contain (repeatable)
                                      (in both, \\n stands for a line break)
    // args: a b                      arguments after the script
    // timeout: 30                    seconds (default 60)
    // env: NAME=value                an environment variable for the run (repeatable)

JS tests see DUV_TEST_MODE (release, asan, ...) and DUV_BUILD_DIR (the
build folder) in their environment.

Prints one line per failure (with its output), and `N passed, N failed` last.
"""
import argparse
import concurrent.futures
import glob
import json
import os
import re
import shlex
import subprocess
import sys
import time

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Result:
    def __init__(self, name, ok, detail='', seconds=0.0, count=1, failed=None):
        self.name = name
        self.ok = ok
        self.detail = detail
        self.seconds = seconds
        # A unit binary or a conformance suite counts its own cases.
        self.count = count
        self.failed = (0 if ok else 1) if failed is None else failed


def parse_header(path):
    spec = {'exit': 0, 'stderr': [], 'stdout': [], 'args': [], 'timeout': 60, 'skip-asan': False, 'env': {}}
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            m = re.match(r'\s*//\s*(expect-exit|expect-stderr|expect-stdout|args|timeout|skip-asan|env):\s?(.*)$', line.rstrip('\n'))
            if not m:
                if line.strip() and not line.lstrip().startswith('//') and not line.startswith('#!') and "'use strict'" not in line:
                    break
                continue
            key, value = m.group(1), m.group(2)
            if key == 'expect-exit':
                spec['exit'] = int(value)
            elif key == 'expect-stderr':
                spec['stderr'].append(value.replace('\\n', '\n'))
            elif key == 'expect-stdout':
                spec['stdout'].append(value.replace('\\n', '\n'))
            elif key == 'args':
                spec['args'] = shlex.split(value)
            elif key == 'timeout':
                spec['timeout'] = float(value)
            elif key == 'skip-asan':
                spec['skip-asan'] = True
            elif key == 'env':
                name, _, val = value.partition('=')
                spec['env'][name] = val
    return spec


def run_js(duv, path, mode):
    name = os.path.relpath(path, TOP)
    spec = parse_header(path)
    timeout = spec['timeout'] * (3 if mode == 'asan' else 1)
    start = time.time()
    env = dict(os.environ)
    env['DUV_TEST_MODE'] = mode
    # Where the tests find what the build made (test/js/addons load the
    # addons from build/<mode>/addons).
    env['DUV_BUILD_DIR'] = os.path.dirname(os.path.dirname(duv))
    env.update(spec['env'])
    try:
        p = subprocess.run([duv, os.path.basename(path)] + spec['args'], cwd=os.path.dirname(path),
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired as e:
        return Result(name, False, 'timed out after %ds\n%s' % (timeout, (e.stderr or b'').decode(errors='replace')[-2000:]),
                      time.time() - start)
    out = p.stdout.decode('utf-8', errors='replace')
    err = p.stderr.decode('utf-8', errors='replace')
    problems = []
    if p.returncode != spec['exit']:
        problems.append('exit status %d, wanted %d' % (p.returncode, spec['exit']))
    for s in spec['stderr']:
        if s not in err:
            problems.append('stderr lacks %r' % s)
    for s in spec['stdout']:
        if s not in out:
            problems.append('stdout lacks %r' % s)
    if mode == 'asan' and ('ERROR: AddressSanitizer' in err or 'runtime error:' in err
                           or 'ERROR: LeakSanitizer' in err):
        problems.append('sanitizer report')
    detail = ''
    if problems:
        detail = '; '.join(problems) + '\n--- stdout ---\n' + out[-3000:] + '\n--- stderr ---\n' + err[-3000:]
    return Result(name, not problems, detail, time.time() - start)


def run_unit(binary, mode):
    name = os.path.relpath(binary, TOP)
    start = time.time()
    env = dict(os.environ)
    env['CK_DEFAULT_TIMEOUT'] = '120' if mode in ('asan', 'tsan') else '60'
    if mode == 'tsan':
        env['TSAN_OPTIONS'] = 'suppressions=%s %s' % (os.path.join(TOP, 'test', 'tsan.supp'),
                                                      env.get('TSAN_OPTIONS', ''))
    try:
        p = subprocess.run([binary], capture_output=True, timeout=600, env=env, cwd=TOP)
    except subprocess.TimeoutExpired:
        return Result(name, False, 'timed out', time.time() - start)
    out = (p.stdout + p.stderr).decode('utf-8', errors='replace')
    m = re.search(r'Checks: (\d+), Failures: (\d+), Errors: (\d+)', out)
    if not m:
        return Result(name, False, 'no Check summary (exit %d)\n%s' % (p.returncode, out[-3000:]), time.time() - start)
    checks, failures, errors = int(m.group(1)), int(m.group(2)), int(m.group(3))
    bad = failures + errors
    if p.returncode != 0 and bad == 0:
        bad = 1
    if mode in ('asan', 'tsan') and ('ERROR: AddressSanitizer' in out or 'runtime error:' in out
                                     or 'ERROR: LeakSanitizer' in out or 'WARNING: ThreadSanitizer' in out):
        bad = max(bad, 1)
        out += '\n(sanitizer report)'
    return Result(name, bad == 0, out[-4000:] if bad else '', time.time() - start, count=checks, failed=bad)


def run_suite(script, duv, mode):
    """A conformance suite script prints `N passed, N failed` last."""
    name = os.path.relpath(script, TOP)
    start = time.time()
    try:
        p = subprocess.run([sys.executable, script, duv, mode], capture_output=True, timeout=900, cwd=TOP)
    except subprocess.TimeoutExpired:
        return Result(name, False, 'timed out', time.time() - start)
    out = (p.stdout + p.stderr).decode('utf-8', errors='replace')
    m = re.search(r'(\d+) passed, (\d+) failed\s*$', out)
    if not m:
        return Result(name, False, 'no summary (exit %d)\n%s' % (p.returncode, out[-3000:]), time.time() - start)
    passed, failed = int(m.group(1)), int(m.group(2))
    ok = failed == 0 and p.returncode == 0
    return Result(name, ok, '' if ok else out[-4000:], time.time() - start,
                  count=passed + failed, failed=max(failed, 0 if p.returncode == 0 else 1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--build', required=True, help='build folder, e.g. build/release')
    ap.add_argument('--jobs', type=int, default=max(2, os.cpu_count() or 2))
    ap.add_argument('filters', nargs='*', help='run only tests whose path contains one of these')
    args = ap.parse_args()
    build = os.path.abspath(args.build)
    mode = os.path.basename(build)
    duv = os.path.join(build, 'bin', 'duv')

    def wanted(p):
        return not args.filters or any(f in p for f in args.filters)

    units = sorted(p for p in glob.glob(os.path.join(build, 'test', 'unit', 'test-*')) if os.access(p, os.X_OK) and wanted(p))
    js = sorted(p for p in glob.glob(os.path.join(TOP, 'test', 'js', '**', 'test-*.js'), recursive=True) if wanted(p))
    suites = sorted(p for p in glob.glob(os.path.join(TOP, 'test', 'conformance', 'run-*.py')) if wanted(p))
    if mode == 'asan':
        js = [p for p in js if not parse_header(p)['skip-asan']]

    results = []
    started = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(run_unit, u, mode) for u in units]
        futures += [pool.submit(run_suite, s, duv, mode) for s in suites]
        futures += [pool.submit(run_js, duv, p, mode) for p in js]
        for f in concurrent.futures.as_completed(futures):
            r = f.result()
            results.append(r)
            if not r.ok:
                print('FAIL %s (%.1fs)\n%s\n' % (r.name, r.seconds, r.detail), flush=True)
    total = sum(r.count for r in results)
    failed = sum(r.failed for r in results)
    slow = sorted(results, key=lambda r: -r.seconds)[:5]
    print('[%s] %d test files in %.1fs; slowest: %s' % (
        mode, len(results), time.time() - started,
        ', '.join('%s %.1fs' % (os.path.basename(r.name), r.seconds) for r in slow)))
    with open(os.path.join(build, 'test-results.json'), 'w') as f:
        json.dump({'passed': total - failed, 'failed': failed}, f)
    print('%d passed, %d failed' % (total - failed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
