#!/usr/bin/env python3
"""The `duv` command against Node's: options, the ways to give a script,
process.argv, exit codes, errors on stderr, UTF-8 in and out.

    python3 test/conformance/run-cli.py <path-to-duv> <mode>

Each check runs duv (and, where the behaviour is meant to match and `node`
is installed, node too) and counts once. Prints `N passed, N failed` last and
exits non-zero when a check failed.
"""
import fcntl
import json
import os
import pty
import re
import struct
import termios
import shutil
import subprocess
import sys
import tempfile

DUV = os.path.abspath(sys.argv[1])
MODE = sys.argv[2] if len(sys.argv) > 2 else 'release'
NODE = shutil.which('node')
TIMEOUT = 60 if MODE == 'asan' else 20

passed = 0
failed = 0


def check(name, ok, detail=''):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print('FAIL %s\n%s\n' % (name, detail), flush=True)


class Run:
    def __init__(self, argv, rc, out, err):
        self.argv, self.rc, self.out, self.err = argv, rc, out, err

    def text(self):
        return self.out.decode('utf-8', 'replace')

    def errtext(self):
        return self.err.decode('utf-8', 'replace')

    def __str__(self):
        return 'argv %r\nexit %d\n--- stdout ---\n%s\n--- stderr ---\n%s' % (
            self.argv, self.rc, self.text()[-2000:], self.errtext()[-2000:])


def run(exe, args, cwd, stdin=b'', env=None):
    argv = [exe] + args
    full_env = dict(os.environ)
    full_env.pop('NODE_OPTIONS', None)
    if env:
        full_env.update(env)
    p = subprocess.run(argv, cwd=cwd, input=stdin, capture_output=True, timeout=TIMEOUT, env=full_env)
    return Run(argv, p.returncode, p.stdout, p.stderr)


def both(args, cwd, stdin=b''):
    """Runs duv, and node when there is one: (duv_run, node_run or None)."""
    d = run(DUV, args, cwd, stdin)
    n = run(NODE, args, cwd, stdin) if NODE else None
    return d, n


def same_as_node(name, args, cwd, stdin=b'', expect_out=None, expect_rc=0):
    """duv's stdout and exit status are what is expected, and node's too."""
    d, n = both(args, cwd, stdin)
    ok = d.rc == expect_rc and (expect_out is None or d.out == expect_out)
    check(name + ' [duv]', ok, '%s\nwanted exit %d, stdout %r' % (d, expect_rc, expect_out))
    if n is not None:
        ok = n.rc == expect_rc and (expect_out is None or n.out == expect_out)
        check(name + ' [node agrees]', ok, '%s\nwanted exit %d, stdout %r' % (n, expect_rc, expect_out))
    return d, n


def run_on_pty(exe, args, cwd, columns, rows):
    """Runs exe with its stdout on a terminal of the given size; its output."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack('HHHH', rows, columns, 0, 0))
    p = subprocess.Popen([exe] + args, cwd=cwd, stdin=subprocess.DEVNULL, stdout=slave,
                         stderr=subprocess.PIPE)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # EIO once the child closed its end
            break
        if not data:
            break
        chunks.append(data)
    p.communicate(timeout=TIMEOUT)
    os.close(master)
    return b''.join(chunks)


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))


def main():
    tmp = tempfile.mkdtemp(prefix='duv-cli-')
    try:
        checks(os.path.realpath(tmp))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


def checks(tmp):
    argv_js = 'console.log(JSON.stringify(process.argv.slice(1)))'
    write(os.path.join(tmp, 'x.js'), argv_js + '\n')
    write(os.path.join(tmp, 'sub', 'm.js'), "module.exports = 'rel';\n")
    write(os.path.join(tmp, 'dir', 'index.js'), "console.log('dir index');\n")
    write(os.path.join(tmp, 'syn.js'), 'var a = 1;\nvar b = ;\n')
    write(os.path.join(tmp, 'thr.js'), 'var a = 1;\nfunction f() { throw new Error("boom"); }\nf();\n')
    write(os.path.join(tmp, 'exit3.js'), 'process.on("exit", function (c) { console.log("exit " + c); });\n'
          'process.exit(3);\nconsole.log("not reached");\n')
    x_abs = os.path.join(tmp, 'x.js')

    # --version / -v: duv's version; --help / -h: usage on stdout.
    for opt in ('--version', '-v'):
        d = run(DUV, [opt], tmp)
        check('%s prints the version' % opt, d.rc == 0 and re.match(rb'^v\d+\.\d+\.\d+\n$', d.out) and d.err == b'', str(d))
    d = run(DUV, ['-p', 'process.versions.duv'], tmp)
    v = run(DUV, ['--version'], tmp)
    check('--version is process.versions.duv', v.out == b'v' + d.out, '%s\n%s' % (v, d))
    for opt in ('--help', '-h'):
        d = run(DUV, [opt], tmp)
        check('%s prints usage' % opt, d.rc == 0 and b'Usage: duv' in d.out and b'-e, --eval' in d.out, str(d))
    d = run(DUV, ['--help', '--version'], tmp)
    check('--version wins over --help (as node)', d.rc == 0 and re.match(rb'^v\d', d.out), str(d))

    # -e, --eval=, -p, -pe, -p -e.
    same_as_node('-e', ['-e', 'console.log(1 + 1)'], tmp, expect_out=b'2\n')
    same_as_node('--eval=code', ['--eval=console.log(3)'], tmp, expect_out=b'3\n')
    same_as_node('-e twice: the last wins', ['-e', 'console.log(1)', '-e', 'console.log(2)'], tmp, expect_out=b'2\n')
    same_as_node('-p object', ['-p', '({a:1})'], tmp, expect_out=b'{ a: 1 }\n')
    same_as_node('-p string', ['-p', '"x"'], tmp, expect_out=b'x\n')
    same_as_node('-p undefined', ['-p', 'undefined'], tmp, expect_out=b'undefined\n')
    same_as_node('-p array', ['-p', '[1, "a", null]'], tmp, expect_out=b"[ 1, 'a', null ]\n")
    same_as_node('-p number', ['-p', '6 * 7'], tmp, expect_out=b'42\n')
    same_as_node('--print', ['--print', '2 + 2'], tmp, expect_out=b'4\n')
    same_as_node('-pe', ['-pe', '1 + 1'], tmp, expect_out=b'2\n')
    same_as_node('-p -e', ['-p', '-e', '5'], tmp, expect_out=b'5\n')
    same_as_node('-p reads stdin', ['-p'], tmp, stdin=b'7 * 6', expect_out=b'42\n')
    same_as_node('-e: the module object', ['-e', 'console.log(module.id, module.filename, module.paths[0], '
                 'module.loaded, module.parent, typeof exports, this === global, module.children.length)'], tmp,
                 expect_out=('[eval] %s %s false undefined object true 0\n' % (
                     os.path.join(tmp, '[eval]'), os.path.join(tmp, 'node_modules'))).encode())
    same_as_node('-e: a missing module names [eval] in the require stack',
                 ['-e', 'try { require("./nope") } catch (e) { console.log(JSON.stringify([e.message, e.requireStack])) }'],
                 tmp, expect_out=('[%s,[%s]]\n' % (
                     json.dumps("Cannot find module './nope'\nRequire stack:\n- " + os.path.join(tmp, '[eval]')),
                     json.dumps(os.path.join(tmp, '[eval]')))).encode())
    same_as_node('-e: __filename, __dirname, require.main', ['-e', 'console.log(__filename, __dirname, require.main)'],
                 tmp, expect_out=b'[eval] . undefined\n')

    # A script from stdin: with `-`, and with no arguments when stdin is a pipe.
    same_as_node('stdin with -', ['-', 'a', 'b'], tmp,
                 stdin=b'console.log(JSON.stringify(process.argv.slice(1)), __filename)',
                 expect_out=b'["-","a","b"] [stdin]\n')
    same_as_node('stdin without arguments', [], tmp,
                 stdin=b'console.log(JSON.stringify(process.argv.slice(1)), __filename, module.id)',
                 expect_out=b'[] [stdin] [stdin]\n')
    same_as_node('stdin empty', ['-'], tmp, stdin=b'', expect_out=b'')
    same_as_node('stdin after --', ['--'], tmp, stdin=b'console.log("dashdash")', expect_out=b'dashdash\n')

    # process.argv in each mode: argv[1] is the absolute, normalised path.
    exp = ('["%s","a","b"]\n' % x_abs).encode()
    same_as_node('argv: ./sub/../x.js', ['./sub/../x.js', 'a', 'b'], tmp, expect_out=exp)
    same_as_node('argv: x.js', ['x.js', 'a', 'b'], tmp, expect_out=exp)
    same_as_node('argv: absolute path', [x_abs, 'a', 'b'], tmp, expect_out=exp)
    same_as_node('argv: from another folder', ['../x.js', 'a', 'b'], os.path.join(tmp, 'sub'), expect_out=exp)
    same_as_node('argv: options after the script are its own', ['x.js', '-e', '1', '--bogus'], tmp,
                 expect_out=('["%s","-e","1","--bogus"]\n' % x_abs).encode())
    same_as_node('argv: -- before the script', ['--', 'x.js', '--', 'a'], tmp,
                 expect_out=('["%s","--","a"]\n' % x_abs).encode())
    same_as_node('argv: -e', ['-e', argv_js, 'a', 'b'], tmp, expect_out=b'["a","b"]\n')
    same_as_node('argv: -e with --', ['-e', argv_js, '--', 'a', '--bogus'], tmp, expect_out=b'["a","--bogus"]\n')
    same_as_node('argv: -p', ['-p', 'process.argv.length', 'a'], tmp, expect_out=b'2\n')
    same_as_node('execArgv: -e', ['-e', 'console.log(JSON.stringify(process.execArgv))', 'a'], tmp,
                 expect_out=b'["-e","console.log(JSON.stringify(process.execArgv))"]\n')
    same_as_node('execArgv: script', ['x.js'], tmp, expect_out=('["%s"]\n' % x_abs).encode())
    d = run(DUV, ['-p', 'process.argv[0] === process.execPath && require("path").isAbsolute(process.execPath)'], tmp)
    check('argv[0] is execPath, absolute', d.out == b'true\n', str(d))
    same_as_node('a folder as the script', ['dir'], tmp, expect_out=b'dir index\n')

    # A main script reached through a symlink: argv[1] keeps the link, the
    # module (__filename, require.main.filename) is the real file.
    write(os.path.join(tmp, 'real', 'main.js'),
          'console.log(JSON.stringify([process.argv[1], __filename, require.main.filename]))\n')
    os.symlink(os.path.join(tmp, 'real', 'main.js'), os.path.join(tmp, 'link.js'))
    same_as_node('main through a symlink', ['link.js'], tmp,
                 expect_out=('["%s","%s","%s"]\n' % (os.path.join(tmp, 'link.js'), os.path.join(tmp, 'real', 'main.js'),
                                                     os.path.join(tmp, 'real', 'main.js'))).encode())

    # NODE_PATH folders are searched after node_modules.
    write(os.path.join(tmp, 'np', 'from-node-path.js'), "module.exports = 'from NODE_PATH';\n")
    env = {'NODE_PATH': os.path.join(tmp, 'nowhere') + ':' + os.path.join(tmp, 'np')}
    for exe, who in ((DUV, 'duv'), (NODE, 'node')):
        if exe is None:
            continue
        r = run(exe, ['-p', 'require("from-node-path")'], tmp, env=env)
        check('NODE_PATH [%s]' % who, r.rc == 0 and r.out == b'from NODE_PATH\n', str(r))

    # The environment reaches process.env as it is, even a variable named __proto__.
    for exe, who in ((DUV, 'duv'), (NODE, 'node')):
        if exe is None:
            continue
        r = run(exe, ['-p', 'JSON.stringify([process.env.__proto__, process.env.DUV_CLI_VAR, '
                      'Object.keys(process.env).indexOf("__proto__") >= 0, typeof process.env.toString])'],
                tmp, env={'__proto__': 'proto value', 'DUV_CLI_VAR': 'caf\u00e9'})
        check('environment [%s]' % who, r.out == '["proto value","caf\u00e9",true,"function"]\n'.encode(), str(r))

    # Bad options: Node's message shape and exit code 9, nothing run.
    for args, msg in ((['--bogus'], 'bad option: --bogus'), (['--version', '--bogus'], 'bad option: --bogus'),
                      (['-ep', '1'], 'bad option: -ep'), (['-e'], '-e requires an argument'),
                      (['-e', '-x'], '-e requires an argument'), (['--eval'], '--eval requires an argument')):
        d, n = both(args, tmp)
        check('%r exits 9' % args, d.rc == 9 and d.out == b'' and d.errtext() == '%s: %s\n' % (DUV, msg), str(d))
        if n is not None:
            check('%r [node agrees]' % args, n.rc == 9 and n.errtext() == '%s: %s\n' % (NODE, msg), str(n))

    # A missing script.
    missing = os.path.join(tmp, 'nothere.js')
    d, n = both(['nothere.js'], tmp)
    for r, who in ((d, 'duv'), (n, 'node')):
        if r is None:
            continue
        check('missing script [%s]' % who, r.rc == 1 and ("Cannot find module '%s'" % missing) in r.errtext()
              and "code: 'MODULE_NOT_FOUND'" in r.errtext() and 'requireStack: []' in r.errtext(), str(r))

    # A syntax error and an uncaught throw in the main script.
    d, n = both(['syn.js'], tmp)
    for r, who in ((d, 'duv'), (n, 'node')):
        if r is None:
            continue
        check('syntax error [%s]' % who, r.rc == 1 and r.errtext().startswith(os.path.join(tmp, 'syn.js') + ':2\n')
              and 'SyntaxError: ' in r.errtext() and r.out == b'', str(r))
    d, n = both(['thr.js'], tmp)
    for r, who in ((d, 'duv'), (n, 'node')):
        if r is None:
            continue
        check('uncaught throw [%s]' % who, r.rc == 1 and r.errtext().startswith(os.path.join(tmp, 'thr.js') + ':2\n')
              and 'Error: boom\n    at f (' + os.path.join(tmp, 'thr.js') + ':2' in r.errtext(), str(r))
    d, n = both(['-e', 'throw new Error("from eval")'], tmp)
    for r, who in ((d, 'duv'), (n, 'node')):
        if r is None:
            continue
        check('uncaught throw in -e [%s]' % who, r.rc == 1 and r.errtext().startswith('[eval]:1\n')
              and 'Error: from eval' in r.errtext(), str(r))
    d, n = both(['-'], tmp, stdin=b'\n\nnull.x;\n')
    for r, who in ((d, 'duv'), (n, 'node')):
        if r is None:
            continue
        check('uncaught throw from stdin [%s]' % who, r.rc == 1 and r.errtext().startswith('[stdin]:3\n')
              and 'TypeError' in r.errtext(), str(r))

    # A thrown value that is not an Error is printed as it is (Node adds the
    # source line and a caret; duv cannot locate it).
    for code, shown in (('throw 42', '42'), ('throw "str"', 'str'), ('throw null', 'null'),
                        ('throw {a: 1}', '{ a: 1 }')):
        d, n = both(['-e', code], tmp)
        for r, who in ((d, 'duv'), (n, 'node')):
            if r is None:
                continue
            check('%s [%s]' % (code, who), r.rc == 1 and shown in r.errtext().splitlines()
                  and 'Uncaught' not in r.errtext(), str(r))

    # Exit codes.
    same_as_node('process.exit(3) from a file', ['exit3.js'], tmp, expect_out=b'exit 3\n', expect_rc=3)
    for code, rc, out in (('process.exit(4)', 4, b''), ('process.exitCode = 5', 5, b''),
                          ('process.exitCode = 6; process.exit()', 6, b''), ('process.exit(-1)', 255, b''),
                          ('process.exit(256)', 0, b''), ('process.exit("2")', 2, b''),
                          ('process.exitCode = 1; process.exit(0)', 0, b''),
                          ('process.on("exit", function () { process.exitCode = 8; }); process.exit(2)', 8, b''),
                          ('setTimeout(function () { process.exit(9); }, 1); console.log("later")', 9, b'later\n'),
                          ('process.stdout.write("partial"); process.exit(0)', 0, b'partial'),
                          ('process.exit(1.5)', 1, b'')):
        same_as_node('exit: %s' % code, ['-e', code], tmp, expect_out=out, expect_rc=rc)

    # A timer set after the script ran for a while counts from when it was set.
    same_as_node('timer delay counts from setTimeout', ['-e',
                 'var t0 = Date.now(); while (Date.now() - t0 < 20) {} '
                 'setImmediate(function () { console.log("immediate"); }); '
                 'setTimeout(function () { console.log("timeout"); }, 5);'],
                 tmp, expect_out=b'immediate\ntimeout\n')

    # -e resolves relative requires from the current directory.
    same_as_node('-e require relative', ['-e', 'console.log(require("./sub/m"))'], tmp, expect_out=b'rel\n')
    same_as_node('-e require.resolve relative', ['-p', 'require.resolve("./sub/m")'], tmp,
                 expect_out=(os.path.join(tmp, 'sub', 'm.js') + '\n').encode())
    same_as_node('stdin require relative', ['-'], tmp, stdin=b'console.log(require("./sub/m"))', expect_out=b'rel\n')

    # UTF-8: a non-BMP character round-trips; output is valid UTF-8.
    smile = '\U0001F600'.encode('utf-8')
    same_as_node('non-BMP length in -e', ['-e', "console.log('%s'.length)" % '\U0001F600'], tmp, expect_out=b'2\n')
    same_as_node('non-BMP output from -e', ['-e', "console.log('caf\u00e9 %s')" % '\U0001F600'], tmp,
                 expect_out='caf\u00e9 '.encode() + smile + b'\n')
    same_as_node('non-BMP from escapes', ['-e', r"console.log('\ud83d\ude00')"], tmp, expect_out=smile + b'\n')
    same_as_node('lone surrogate prints U+FFFD', ['-e', r"console.log('\ud83d')"], tmp, expect_out=b'\xef\xbf\xbd\n')
    write(os.path.join(tmp, 'utf8.js'), b"var s = '" + smile + b"';\nconsole.log(s.length, s.charCodeAt(0).toString(16), s);\n")
    same_as_node('non-BMP in a file', ['utf8.js'], tmp, expect_out=b'2 d83d ' + smile + b'\n')
    same_as_node('non-BMP from stdin', ['-'], tmp, stdin=b"console.log('" + smile + b"'.length)", expect_out=b'2\n')
    same_as_node('non-BMP in argv', ['-p', 'process.argv[1].length + " " + process.argv[1]', '\U0001F600'], tmp,
                 expect_out=b'2 ' + smile + b'\n')
    # A script whose name is outside the BMP.
    write(os.path.join(tmp, '\U0001F600.js'), 'console.log(__filename.length, process.argv[1] === __filename)\n')
    same_as_node('script named outside the BMP', ['\U0001F600.js'], tmp,
                 expect_out=('%d true\n' % (len(tmp) + 1 + 2 + 3)).encode())

    # Invalid bytes decode as Node's (WHATWG) decoder does: one U+FFFD per
    # maximal invalid subpart, the same as Python's 'replace'.
    bad = [b'\xff', b'\xc3', b'\xe2\x82', b'\xed\xa0\xbd', b'\xf0\x9f\x98', b'\xc0\x80', b'\xe0\x80',
           b'\xf5', b'\xf4\x90\x80\x80', b'\x80\x80', b'\xef\xbf\xbd']
    joined = b'|'.join(bad)
    write(os.path.join(tmp, 'bad-utf8.js'),
          b"var s = '" + joined + b"';\nconsole.log(s.split('').map(function (c) {"
          b" return c.charCodeAt(0).toString(16); }).join(' '));\n")
    want = ' '.join('%x' % ord(c) for c in joined.decode('utf-8', 'replace')) + '\n'
    same_as_node('invalid UTF-8 in a file is U+FFFD', ['bad-utf8.js'], tmp, expect_out=want.encode())
    same_as_node('invalid UTF-8 from stdin is U+FFFD', ['-'], tmp,
                 stdin=b"console.log(escape('" + joined + b"'))",
                 expect_out=(run(NODE, ['-'], tmp, stdin=b"console.log(escape('" + joined + b"'))").out
                             if NODE else None))
    same_as_node('invalid UTF-8 in argv is U+FFFD', ['-p', 'process.argv[1].charCodeAt(0).toString(16)', '\udcff'],
                 tmp, expect_out=b'fffd\n')
    d = run(DUV, ['-e', "for (var i = 0; i < 200; i++) console.log('%s \u00e9 ' + i)" % '\U0001F600'], tmp)
    try:
        d.out.decode('utf-8', 'strict')
        valid = True
    except UnicodeDecodeError:
        valid = False
    check('output is valid UTF-8', d.rc == 0 and valid and d.out.count(smile) == 200, str(d))

    # isTTY, columns and rows: only on a terminal, with its size.
    probe = 'console.log(JSON.stringify([process.stdout.isTTY, process.stdout.columns, process.stdout.rows]))'
    same_as_node('stdout is a pipe: no isTTY, columns, rows', ['-e', probe], tmp, expect_out=b'[null,null,null]\n')
    for exe, who in ((DUV, 'duv'), (NODE, 'node')):
        if exe is None:
            continue
        out = run_on_pty(exe, ['-e', probe], tmp, 97, 31)
        check('stdout is a terminal [%s]' % who, out.replace(b'\r\n', b'\n') == b'[true,97,31]\n', repr(out))
        out = run_on_pty(exe, ['-e', 'var tty = require("tty"); console.log(String(tty.isatty(1)), String(tty.isatty(3)))'], tmp, 80, 24)
        check('tty.isatty on a terminal [%s]' % who, out.replace(b'\r\n', b'\n') == b'true false\n', repr(out))

    # Warnings on stderr: Node's first line; silenced by removing the listener.
    d, n = both(['-e', 'process.emitWarning("careful", "CustomWarning", "C001")'], tmp)
    for r, who in ((d, 'duv'), (n, 'node')):
        if r is None:
            continue
        check('warning line [%s]' % who, r.rc == 0 and re.match(
            r'^\(node:\d+\) \[C001\] CustomWarning: careful\n', r.errtext()) is not None, str(r))
    same_as_node('warning with its pid', ['-e', 'process.on("warning", function () {}); process.emitWarning("w")'], tmp,
                 expect_out=b'')
    d, n = both(['-e', 'process.removeAllListeners("warning"); process.emitWarning("hidden"); console.log("ok")'], tmp)
    for r, who in ((d, 'duv'), (n, 'node')):
        if r is None:
            continue
        check('no warning listener, nothing printed [%s]' % who, r.rc == 0 and r.out == b'ok\n' and r.err == b'', str(r))
    d = run(DUV, ['-e', 'process.emitWarning("w"); console.log(process.pid)'], tmp)
    check('warning names the pid', d.errtext().startswith('(node:%s) Warning: w\n' % d.text().strip()), str(d))

    permission_checks(tmp)


def permission_checks(tmp):
    """--experimental-permission and the --allow-* options, as Node 20."""
    P = '--experimental-permission'
    root = os.path.join(tmp, 'perm')
    app = os.path.join(root, 'app')
    write(os.path.join(app, 'main.js'), 'console.log("main ran")\n')
    write(os.path.join(root, 'lib', 'm.js'), 'module.exports = "lib"\n')
    write(os.path.join(app, 'uses-lib.js'),
          'try { require("../lib/m.js") } catch (e) {\n'
          '  console.log(JSON.stringify([e.code, e.permission, e.resource, e.message]))\n}\n')
    main_js = os.path.join(app, 'main.js')

    # The main script itself must be readable.
    d, n = both([P, 'main.js'], app)
    for r, who in ((d, 'duv'), (n, 'node')):
        if r is None:
            continue
        check('permission: the main script is denied [%s]' % who,
              r.rc == 1 and r.out == b'' and "code: 'ERR_ACCESS_DENIED'" in r.errtext() and
              ("resource: '%s'" % main_js) in r.errtext(), str(r))
    same_as_node('permission: a granted folder', [P, '--allow-fs-read=' + app, 'main.js'], app,
                 expect_out=b'main ran\n')
    same_as_node('permission: a granted file', [P, '--allow-fs-read=' + main_js, 'main.js'], app,
                 expect_out=b'main ran\n')
    same_as_node('permission: the value as the next argument', [P, '--allow-fs-read', app, 'main.js'], app,
                 expect_out=b'main ran\n')
    same_as_node('permission: a relative grant', [P, '--allow-fs-read=.', 'main.js'], app,
                 expect_out=b'main ran\n')
    same_as_node('permission: a wildcard grant', [P, '--allow-fs-read=' + os.path.join(app, 'ma*'), 'main.js'],
                 app, expect_out=b'main ran\n')
    star = ('var h = process.permission.has; console.log(JSON.stringify([h("fs.read", "%s"), h("fs.read", "%s"),'
            'h("fs.read", "%s"), h("fs.read", "%s")]))' % (app, main_js, root, app + 'x'))
    same_as_node('permission: a folder/* grant', [P, '--allow-fs-read=' + app + '/*', '-e', star], root,
                 expect_out=b'[true,true,false,false]\n')
    lib_m = os.path.join(root, 'lib', 'm.js')
    same_as_node('permission: require of a denied module', [P, '--allow-fs-read=' + app, 'uses-lib.js'], app,
                 expect_out=(json.dumps(['ERR_ACCESS_DENIED', 'FileSystemRead', lib_m,
                                         'Access to this API has been restricted'],
                                        separators=(',', ':')) + '\n').encode())
    has = ('var h = process.permission.has; console.log(JSON.stringify(['
           'h("fs.read", "%s"), h("fs.read", "%s"), h("fs.read", "/"), h("fs.read", "%s/../lib"),'
           'h("fs.write", "%s"), h("fs.write"), h("child"), h("worker"), h("fs.read", "x.js"),'
           'typeof process.permission, Object.keys(process.permission)]))' % (app, main_js, app, app))
    same_as_node('permission: process.permission.has', [P, '--allow-fs-read=' + app, '-e', has], app,
                 expect_out=b'[true,true,false,false,false,false,false,false,true,"object",["has"]]\n')
    same_as_node('permission: write, child and worker grants',
                 [P, '--allow-fs-read=*', '--allow-fs-write=' + root, '--allow-child-process', '--allow-worker',
                  '-e', has], app,
                 expect_out=b'[true,true,true,true,true,true,true,true,true,"object",["has"]]\n')
    same_as_node('permission: has() validates the scope', [P, '-e',
                 'try { process.permission.has(1) } catch (e) { console.log(e.code) }'], app,
                 expect_out=b'ERR_INVALID_ARG_TYPE\n')
    same_as_node('permission: no model, no process.permission', ['-e', 'console.log(process.permission)'], app,
                 expect_out=b'undefined\n')
    same_as_node('permission: --allow-* needs --experimental-permission', ['--allow-fs-read=/', '-e', '1'], app,
                 expect_out=b'', expect_rc=1)
    same_as_node('permission: --allow-fs-read needs a value', [P, '--allow-fs-read'], app,
                 expect_out=b'', expect_rc=9)

    # duv's own: a symbolic link cannot lead out of a granted folder (Node
    # follows it), network grants, addons, the synonym --permission.
    os.symlink(lib_m, os.path.join(app, 'link.js'))
    d = run(DUV, [P, '--allow-fs-read=' + app, '-e',
                  'try { require("./link.js") } catch (e) { console.log(e.code, e.resource) }'], app)
    check('permission: a link out of the grant is denied', d.out == ('ERR_ACCESS_DENIED %s\n' % lib_m).encode(), str(d))
    d = run(DUV, ['--permission', '--allow-fs-read=' + root, '-e', 'console.log(require("./link.js"))'], app)
    check('permission: a link inside the grant is followed', d.rc == 0 and d.out == b'lib\n', str(d))
    d = run(DUV, [P, '--allow-net-connect=127.0.0.1:8080', '--allow-net-listen=*:3000', '-e',
                  'var h = process.permission.has; console.log(JSON.stringify(['
                  'h("net.connect", "127.0.0.1:8080"), h("net.connect", "127.0.0.1:8081"), h("net.listen", "::1:3000"),'
                  'h("net.listen", "[::1]:3000"), h("net.listen", "localhost:3001"), h("addon")]))'], app)
    check('permission: network grants', d.out == b'[true,false,false,true,false,false]\n', str(d))
    fs_scope = 'var h = process.permission.has; console.log(h("fs", "%s"), h("fs", "%s"))' % (app, tmp)
    d = run(DUV, [P, '--allow-fs-read=' + tmp, '--allow-fs-write=' + app, '-e', fs_scope], app)
    check('permission: "fs" needs both read and write', d.out == b'true false\n', str(d))
    addon = os.path.join(os.path.dirname(os.path.dirname(DUV)), 'addons', 'hello', 'hello.node')
    if os.path.exists(addon):
        load = 'try { console.log(typeof require(%s).greet) } catch (e) { console.log(e.code, e.permission) }' % (
            json.dumps(addon))
        d = run(DUV, [P, '--allow-fs-read=*', '-e', load], app)
        check('permission: addons are denied', d.out == b'ERR_ACCESS_DENIED Addon\n', str(d))
        d = run(DUV, [P, '--allow-addons', '-e', load], app)
        check('permission: an addon also needs fs.read', d.out == b'ERR_ACCESS_DENIED FileSystemRead\n', str(d))
        d = run(DUV, [P, '--allow-addons', '--allow-fs-read=*', '-e', load], app)
        check('permission: --allow-addons', d.out == b'function\n', str(d))
    d = run(DUV, [P, '--allow-net-connect=', '-e', '1'], app)
    check('permission: an empty value is refused', d.rc == 9 and b'requires an argument' in d.err, str(d))


if __name__ == '__main__':
    sys.exit(main())
