#!/usr/bin/env python3
"""os, side by side with node on this machine: every value that does not
change between two runs must be the same under duv and node.

    python3 test/conformance/run-os.py <path-to-duv> <mode>

Prints `N passed, N failed` last; exits non-zero when a check failed. Without
`node` installed, nothing is compared (0 passed).
"""
import json
import os
import shutil
import subprocess
import sys

DUV = os.path.abspath(sys.argv[1])
MODE = sys.argv[2] if len(sys.argv) > 2 else 'release'
NODE = shutil.which('node')
TIMEOUT = 60 if MODE == 'asan' else 20

# Each expression's value, as JSON, from one run of a runtime. Not the CPUs'
# speed: the system libuv reads /proc/cpuinfo where Node's bundled one may
# answer 0 (docs/compat.md).
EXPRS = [
    'Object.keys(os)', 'os.EOL', 'os.devNull', 'os.platform()', 'os.type()', 'os.release()',
    'os.version()', 'os.machine()', 'os.arch()', 'os.endianness()', 'os.hostname()', 'os.homedir()',
    'os.tmpdir()', 'os.totalmem()', 'os.availableParallelism()', 'os.cpus().length',
    'os.cpus().map(function (c) { return c.model; })', 'os.networkInterfaces()',
    'os.userInfo()', 'os.getPriority()', 'os.constants', 'os.loadavg().length',
    'Object.keys(os.cpus()[0].times)', 'String(os.hostname)',
]
SCRIPT = ('var os = require("os"); var out = {}; var exprs = %s;'
          'exprs.forEach(function (e) { try { out[e] = eval(e); } catch (err) { out[e] = "throws " + err.code; } });'
          'process.stdout.write(JSON.stringify(out));') % json.dumps(EXPRS)


def run(exe):
    p = subprocess.run([exe, '-e', SCRIPT], capture_output=True, timeout=TIMEOUT)
    if p.returncode != 0:
        raise RuntimeError('%s failed: %s' % (exe, p.stderr.decode(errors='replace')))
    return json.loads(p.stdout)


def main():
    passed = failed = 0
    if NODE is not None:
        got, want = run(DUV), run(NODE)
        for e in EXPRS:
            if got.get(e) == want.get(e):
                passed += 1
            else:
                failed += 1
                print('FAIL os: %s\n  duv:  %s\n  node: %s\n' % (e, json.dumps(got.get(e)), json.dumps(want.get(e))))
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
