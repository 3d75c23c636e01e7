#!/usr/bin/env python3
"""Docs stay true: docs/api.md is what include/duv.h's reference blocks
render to, every public function in duv.h has a reference block, and the
files README.md and docs/ link to exist.

Usage: run-docs.py <path-to-duv> <mode>. Prints `N passed, N failed` last.
"""
import os
import re
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
results = []


def check(name, ok, detail=''):
    results.append(ok)
    if not ok:
        print('FAIL %s %s' % (name, detail))


def main():
    p = subprocess.run([sys.executable, os.path.join(TOP, 'tools', 'gen-api-doc.py'), '--check'],
                       capture_output=True, text=True)
    check('docs/api.md matches include/duv.h', p.returncode == 0, p.stdout + p.stderr)

    header = open(os.path.join(TOP, 'include', 'duv.h')).read()
    api = open(os.path.join(TOP, 'docs', 'api.md')).read()
    for name in re.findall(r'DUV_EXTERN[^;(]*?\b(duv_[a-z0-9_]+)\s*\(', header):
        check('%s documented' % name, '## `%s`' % name in api)

    for doc in ['README.md'] + ['docs/' + f for f in os.listdir(os.path.join(TOP, 'docs')) if f.endswith('.md')]:
        text = open(os.path.join(TOP, doc)).read()
        for target in re.findall(r'\]\(([^)#:]+)(?:#[^)]*)?\)', text):
            path = os.path.normpath(os.path.join(TOP, os.path.dirname(doc), target))
            check('%s links %s' % (doc, target), os.path.exists(path))
    # docs/extending.md's tutorial is addons/hello/hello.c: every C block of
    # "Your first addon" appears in the file as it is.
    guide = open(os.path.join(TOP, 'docs', 'extending.md')).read()
    tutorial = guide.split('## Your first addon', 1)[1].split('\n## ', 1)[0]
    hello = open(os.path.join(TOP, 'addons', 'hello', 'hello.c')).read()
    for block in re.findall(r'```c\n(.*?)```', tutorial, re.S):
        check('docs/extending.md block in addons/hello/hello.c', block in hello, block[:60])
    passed = sum(1 for r in results if r)
    print('%d passed, %d failed' % (passed, len(results) - passed))
    return 0 if passed == len(results) else 1


if __name__ == '__main__':
    sys.exit(main())
