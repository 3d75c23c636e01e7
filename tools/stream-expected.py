#!/usr/bin/env python3
"""Rewrites the expected event logs of test/js/stream scenario tests from node.

    python3 tools/stream-expected.py test/js/stream/test-stream-*.js

Each scenario test ends with `common.runScenarios({...scenarios...}, {...logs...});`.
This runs the file under node with STREAM_GEN=1 (common.js then prints the
logs it saw as JSON instead of comparing) and puts that JSON in place of the
second argument. Run it after adding or changing a scenario, then check that
duv passes the file.
"""
import os
import subprocess
import sys


def regenerate(path):
    with open(path) as f:
        text = f.read()
    start = text.rfind('\n}, {\n')
    end = text.rfind('\n});')
    if start < 0 or end < start:
        sys.exit('%s: no `}, {...});` expected block at the end' % path)
    out = subprocess.run(['node', path], env=dict(os.environ, STREAM_GEN='1'),
                         capture_output=True, text=True, timeout=60)
    if out.returncode != 0 or not out.stdout.strip():
        sys.exit('%s: node failed or a scenario never called done()\n%s' % (path, out.stderr))
    with open(path, 'w') as f:
        f.write(text[:start] + '\n}, ' + out.stdout.strip() + text[end + 2:])


for p in sys.argv[1:]:
    with open(p) as f:
        if 'runScenarios(' in f.read():
            regenerate(p)
