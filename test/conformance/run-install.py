#!/usr/bin/env python3
"""The installed library as a host sees it: the staged `scons install`
(build/<mode>/stage, made by `scons test`) has the command, both libraries,
duv.h and duv.pc; README's embedding example is examples/embed.c, and it
builds with pkg-config against the shared and the static library and runs.

Usage: run-install.py <path-to-duv> <mode>. Prints `N passed, N failed` last.
"""
import os
import re
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
results = []


def check(name, ok, detail=''):
    results.append(ok)
    if not ok:
        print('FAIL %s\n%s' % (name, detail))


def main():
    duv, mode = sys.argv[1], sys.argv[2]
    stage = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(duv))), 'stage')
    for rel in ('bin/duv', 'include/duv.h', 'lib/libduv.a', 'lib/libduv.so', 'lib/pkgconfig/duv.pc'):
        check('installed ' + rel, os.path.exists(os.path.join(stage, rel)))

    # The shared library exports duv.h's functions and nothing else (no Duktape API).
    header = open(os.path.join(TOP, 'include', 'duv.h')).read()
    # duv_addon_v1 is declared for addons, which define it; the library does not.
    declared = set(re.findall(r'DUV_EXTERN[^;(]*?\b(duv_[a-z0-9_]+)\s*\(', header)) - {'duv_addon_v1'}
    # The command exports the same set, for the addons it loads (cli/duv.sym).
    for rel in ('lib/libduv.so', 'bin/duv'):
        nm = subprocess.run(['nm', '-D', '--defined-only', os.path.join(stage, rel)],
                            capture_output=True, text=True)
        exported = set(line.split()[-1] for line in nm.stdout.splitlines() if line.split()[1:2] == ['T'])
        if rel == 'bin/duv':
            exported = set(x for x in exported if x.startswith('duv'))
        check('%s exports exactly duv.h' % rel, nm.returncode == 0 and exported == declared,
              'extra: %s\nmissing: %s' % (sorted(exported - declared)[:20], sorted(declared - exported)))

    readme = open(os.path.join(TOP, 'README.md')).read()
    block = re.search(r'```c\n(.*?)```', readme, re.S)
    example = open(os.path.join(TOP, 'examples', 'embed.c')).read()
    check('README example is examples/embed.c', block is not None and block.group(1) in example)

    env = dict(os.environ)
    env['PKG_CONFIG_PATH'] = os.path.join(stage, 'lib', 'pkgconfig')
    flags = []
    if mode == 'asan':
        flags = ['-fsanitize=address,undefined']
    elif mode == 'tsan':
        flags = ['-fsanitize=thread']
    with tempfile.TemporaryDirectory() as tmp:
        for kind, pc_args in (('shared', ['--cflags', '--libs']), ('static', ['--static', '--cflags', '--libs'])):
            pc = subprocess.run(['pkg-config'] + pc_args + ['duv'], env=env, capture_output=True, text=True)
            check('pkg-config %s' % kind, pc.returncode == 0, pc.stderr)
            if pc.returncode != 0:
                continue
            exe = os.path.join(tmp, 'embed-' + kind)
            libs = pc.stdout.split()
            if kind == 'static':
                libs = [os.path.join(stage, 'lib', 'libduv.a') if a == '-lduv' else a for a in libs]
            cc = subprocess.run(['cc', '-std=c11', '-Wall', '-Wextra', '-Werror'] + flags +
                                [os.path.join(TOP, 'examples', 'embed.c'), '-o', exe] + libs,
                                capture_output=True, text=True)
            check('compile embed.c (%s)' % kind, cc.returncode == 0, cc.stderr)
            if cc.returncode != 0:
                continue
            run_env = dict(os.environ)
            run_env['LD_LIBRARY_PATH'] = os.path.join(stage, 'lib')
            p = subprocess.run([exe], capture_output=True, text=True, env=run_env, timeout=60)
            check('run embed (%s)' % kind, p.returncode == 0 and p.stdout == 'tick\n',
                  'exit %d\nstdout %r\nstderr %s' % (p.returncode, p.stdout, p.stderr[-2000:]))
    passed = sum(1 for r in results if r)
    print('%d passed, %d failed' % (passed, len(results) - passed))
    return 0 if passed == len(results) else 1


if __name__ == '__main__':
    sys.exit(main())
