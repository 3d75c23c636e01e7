#!/usr/bin/env python3
"""npm packages' own test suites, run against duv's core modules.

    python3 test/conformance/run-npm-suites.py <path-to-duv> <mode> [suite...]

Each package below reimplements a Node core module for browsers and carries
an ES5 test suite, much of it ported from Node's. The package is copied out
of test/node_modules (installed by tools/setup.sh --test) with its own
implementation replaced by a shim that re-exports the core module, so the
suite tests the core module. The same copy runs under `node` (Node 20's core
modules) and under duv: Node's result is the floor, and every test Node
passes must pass on duv too. A test is a tape test (its assertions all ok),
a mocha test, or a whole file for suites of plain scripts.

Prints the counts of both runtimes per suite (docs/compat.md records them),
then `N passed, N failed`: one check per suite (duv passes everything Node
passes) and one per suite that could not be prepared.
"""
import concurrent.futures
import glob
import os
import re
import shutil
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MODULES = os.path.join(TOP, 'test', 'node_modules')
DUV = os.path.abspath(sys.argv[1])
MODE = sys.argv[2] if len(sys.argv) > 2 else 'release'
ONLY = sys.argv[3:]
NODE = shutil.which('node')
TIMEOUT = 45 if MODE == 'asan' else 15

# name: (package folder, version, {file in the package: core module to
# re-export}, how to run, what to run)
SUITES = [
    ('events', '3.3.0', {'events.js': 'events'}, 'tape', ['tests/index.js']),
    ('path-browserify', '1.0.1', {'index.js': 'path'}, 'tape', ['test/index.js']),
    ('buffer', '5.1.0', {'index.js': 'buffer'}, 'mixed', ['test/*.js', 'test/node/test-*.js']),
    ('assert', '1.5.1', {'assert.js': 'assert'}, 'mocha', ['test.js']),
    ('util', '0.10.3', {'util.js': 'util'}, 'files', ['test/node/*.js']),
    ('readable-stream', '1.1.9', {
        'readable.js': 'stream', 'writable.js': 'stream:Writable', 'duplex.js': 'stream:Duplex',
        'transform.js': 'stream:Transform', 'passthrough.js': 'stream:PassThrough',
        'lib/_stream_readable.js': 'stream:Readable', 'lib/_stream_writable.js': 'stream:Writable',
        'lib/_stream_duplex.js': 'stream:Duplex', 'lib/_stream_transform.js': 'stream:Transform',
        'lib/_stream_passthrough.js': 'stream:PassThrough'}, 'files', ['test/simple/*.js']),
    ('stream-browserify', '3.0.0', {'index.js': 'stream'}, 'tape', ['test/index.js']),
]

# Edits to a suite's own harness (never to its assertions), applied for both
# runtimes: (suite, file, text, replacement, why).
HARNESS_EDITS = [
    ('readable-stream', 'test/common.js', 'exports.globalCheck = true;',
     'exports.globalCheck = false; // duv conformance: the list of known globals is Node 0.10\'s',
     "common.js fails every file at exit on globals Node 0.10 did not have (queueMicrotask...)"),
]

# Test files written in ES2015 syntax, rewritten as ES5 (es5-transpile.js)
# before either runtime runs them: (suite, glob).
TRANSPILE = [
    ('buffer', 'test/node/*.js'),
]

# Tests Node passes that need what duv does not have yet (a module outside
# the work so far): reported, not failed. (suite, test, why).
KNOWN_GAPS = [
    ('util', 'test/node/debug.js', 'spawns itself with child_process, which duv does not have yet'),
    ('readable-stream', 'test/simple/test-GH-64.js', 'needs http, which duv does not have yet'),
    ('readable-stream', 'test/simple/test-GH-66.js', 'needs http, which duv does not have yet'),
    ('readable-stream', 'test/simple/test-stream2-unpipe-drain.js',
     'needs crypto.randomBytes, which duv does not have yet'),
]

passed = 0
failed = 0


def check(name, ok, detail=''):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print('FAIL %s\n%s\n' % (name, detail), flush=True)


def shim(core):
    module, _, member = core.partition(':')
    expr = 'require(%r)' % module
    if member:
        expr += '.' + member
    return '// duv conformance: the core module in place of the package\'s own.\nmodule.exports = %s;\n' % expr


def prepare(name, version, shims, workdir):
    """Copies the package to workdir with its implementation shimmed; returns
    an error text or None."""
    src = os.path.join(MODULES, name)
    try:
        with open(os.path.join(src, 'package.json')) as f:
            found = re.search(r'"version"\s*:\s*"([^"]+)"', f.read()).group(1)
    except (OSError, AttributeError):
        return 'test/node_modules/%s is missing: run sh tools/setup.sh --test' % name
    if found != version:
        return 'test/node_modules/%s is %s, not %s' % (name, found, version)
    shutil.rmtree(workdir, ignore_errors=True)
    shutil.copytree(src, workdir, ignore=shutil.ignore_patterns('node_modules'))
    for suite, rel, text, replacement, _why in HARNESS_EDITS:
        if suite != name:
            continue
        path = os.path.join(workdir, rel)
        with open(path) as f:
            content = f.read()
        if text not in content:
            return '%s: the harness edit no longer applies to %s' % (name, rel)
        with open(path, 'w') as f:
            f.write(content.replace(text, replacement, 1))
    es2015 = []
    for suite, pattern in TRANSPILE:
        if suite == name:
            es2015.extend(sorted(glob.glob(os.path.join(workdir, pattern))))
    if es2015:
        if not NODE:
            return 'node is needed to rewrite the ES2015 test files'
        p = subprocess.run([NODE, os.path.join(TOP, 'test', 'conformance', 'es5-transpile.js')] + es2015,
                           capture_output=True, env=dict(os.environ, NODE_PATH=MODULES))
        if p.returncode != 0:
            return 'rewriting the ES2015 test files failed: ' + p.stderr.decode('utf-8', 'replace')[-500:]
    for rel, core in shims.items():
        path = os.path.join(workdir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(shim(core))
    return None


def run(exe, args, cwd):
    env = dict(os.environ)
    env.pop('NODE_OPTIONS', None)
    env['NODE_PATH'] = MODULES
    try:
        p = subprocess.run([exe] + args, cwd=cwd, capture_output=True, timeout=TIMEOUT, env=env)
        return p.returncode, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b'').decode('utf-8', 'replace')
        return -1, out, 'timed out after %d s' % TIMEOUT


def tap_units(out, prefix):
    """Tape's TAP: tests are '# name' headers, passing when all their
    assertions are ok. Returns {unit: passed} and the units with no
    assertion (TAP cannot tell such a test from a t.comment())."""
    units = {}
    counts = {}
    seen = {}
    current = None
    for line in out.splitlines():
        m = re.match(r'^# (.*)$', line)
        if m and not re.match(r'^# (tests|pass|fail|ok)\b', line):
            title = m.group(1).strip()
            seen[title] = seen.get(title, 0) + 1
            current = '%s: %s #%d' % (prefix, title, seen[title])
            units[current] = True
            counts[current] = 0
        elif re.match(r'^(not )?ok \d+', line) and current is not None:
            counts[current] += 1
            if line.startswith('not ok'):
                units[current] = False
    return units, set(u for u, n in counts.items() if n == 0)


def mocha_units(out, prefix):
    """Mocha's tap reporter: 'ok N title' / 'not ok N title'."""
    units = {}
    for line in out.splitlines():
        m = re.match(r'^(not ok|ok) \d+ (.*)$', line)
        if m:
            key = '%s: %s' % (prefix, m.group(2).strip())
            units[key] = m.group(1) == 'ok' and units.get(key, True)
    return units


def run_file(exe, how, workdir, path):
    """Runs one test file; returns (rel, rc, stdout, stderr)."""
    rel = os.path.relpath(path, workdir)
    if how == 'mocha':
        runner = os.path.join(TOP, 'test', 'conformance', 'mocha-run.js')
        return (rel,) + run(exe, [runner, 'qunit', rel], workdir)
    return (rel,) + run(exe, [rel], workdir)


def run_suite(exe, how, files, workdir):
    """Runs the suite's files with exe (a few at once: some wait for their
    timeout); returns ({unit: passed}, assertions ok, assertions not ok,
    notes, units without assertions)."""
    paths = []
    for pattern in files:
        paths.extend(sorted(glob.glob(os.path.join(workdir, pattern))))
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda p: run_file(exe, how, workdir, p), paths))
    units = {}
    empty = set()
    ok = bad = 0
    notes = []
    for path, (rel, rc, out, err) in zip(paths, results):
        if how == 'mocha':
            got = mocha_units(out, rel)
        else:
            is_tape = how == 'tape' or (how == 'mixed' and re.search(r"require\('tape'\)", open(path).read()))
            if is_tape:
                got, no_asserts = tap_units(out, rel)
                empty |= no_asserts
            else:
                got = {rel: rc == 0}
        ok += len(re.findall(r'^ok \d+', out, re.M))
        bad += len(re.findall(r'^not ok \d+', out, re.M))
        if how in ('tape', 'mocha', 'mixed'):
            # A crash after some tests: the file also counts as a unit, so
            # that a runtime that dies half-way cannot look better.
            got['%s (exit status)' % rel] = rc == 0
            if rc != 0:
                notes.append('%s exited %d: %s' % (rel, rc, (err.strip().splitlines() or [''])[-1][:200]))
        units.update(got)
    return units, ok, bad, notes, empty


def main():
    if not os.path.isdir(MODULES):
        check('test/node_modules', False, 'missing: run sh tools/setup.sh --test')
        print('%d passed, %d failed' % (passed, failed))
        return 1
    base = os.path.join(os.path.dirname(os.path.dirname(DUV)), 'npm-suites')
    rows = []
    for name, version, shims, how, files in SUITES:
        if ONLY and name not in ONLY:
            continue
        label = '%s@%s' % (name, version)
        workdir = os.path.join(base, name)
        problem = prepare(name, version, shims, workdir)
        if problem:
            check(label + ': prepared', False, problem)
            continue
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            duv_run = pool.submit(run_suite, DUV, how, files, workdir)
            node_run = pool.submit(run_suite, NODE, how, files, workdir) if NODE else None
            duv_units, duv_ok, duv_bad, duv_notes, _ = duv_run.result()
            if node_run is not None:
                node_units, node_ok, node_bad, _, node_empty = node_run.result()
            else:
                node_units, node_ok, node_bad, node_empty = {}, 0, 0, set()
        # A header without assertions that only node printed, with tests
        # after it that duv did run, is a t.comment() on a path the engines
        # took differently (TAP cannot tell a comment from a test): it does
        # not count.
        order = list(node_units)
        for pos, u in enumerate(order):
            if u in node_empty and u not in duv_units and any(v in duv_units for v in order[pos + 1:]
                                                              if not v.endswith('(exit status)')):
                node_units.pop(u, None)
        total = len(set(duv_units) | set(node_units))
        node_pass = sorted(u for u, v in node_units.items() if v)
        duv_pass = sorted(u for u, v in duv_units.items() if v)
        gaps = dict(((s, t), why) for s, t, why in KNOWN_GAPS if s == name)
        missing = [u for u in node_pass if not duv_units.get(u) and (name, u) not in gaps]
        for u in node_pass:
            if not duv_units.get(u) and (name, u) in gaps:
                print('known gap: %s %s: %s' % (label, u, gaps[(name, u)]))
        rows.append((label, total, len(node_pass), len(duv_pass), node_ok, node_ok + node_bad,
                     duv_ok, duv_ok + duv_bad))
        detail = 'node passes and duv does not:\n  ' + '\n  '.join(missing[:40])
        if len(missing) > 40:
            detail += '\n  ... %d more' % (len(missing) - 40)
        if duv_notes:
            detail += '\nduv:\n  ' + '\n  '.join(duv_notes[:20])
        check('%s: duv passes every test node 20 passes' % label, NODE is not None and not missing, detail)
    print('\n| suite | tests | node 20 passes | duv passes | assertions ok, node | assertions ok, duv |')
    print('| --- | ---: | ---: | ---: | ---: | ---: |')
    for label, total, np, dp, nok, nall, dok, dall in rows:
        print('| %s | %d | %d | %d | %d of %d | %d of %d |' % (label, total, np, dp, nok, nall, dok, dall))
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
