"""Builders shared by duv's SConscripts: patching the Duktape amalgamation
and compiling the built-in JavaScript into the library."""
import os
import re
import subprocess

from SCons.Script import Builder, Action

VERSION = '0.1.0'


class PatchError(Exception):
    pass


def parse_patch(text, name):
    """A patch file holds one or more hunks:
        @@ old
        <exact lines of duktape.c>
        @@ new
        <replacement lines>
        @@ end
    Lines before the first hunk say why the patch exists."""
    hunks = []
    for m in re.finditer(r'^@@ old\n(.*?)^@@ new\n(.*?)^@@ end$', text, re.S | re.M):
        hunks.append((m.group(1), m.group(2)))
    if not hunks:
        raise PatchError('%s: no hunks' % name)
    return hunks


def apply_patches(source, patches):
    for name, text in patches:
        for old, new in parse_patch(text, name):
            count = source.count(old)
            if count != 1:
                raise PatchError('%s no longer applies: the old text occurs %d times in duktape.c'
                                 % (name, count))
            source = source.replace(old, new)
    return source


def _patch_duktape(target, source, env):
    src_c = source[0].get_text_contents()
    patches = [(os.path.basename(str(p)), p.get_text_contents()) for p in source[2:]]
    try:
        patched = apply_patches(src_c, patches)
    except PatchError as e:
        print('duv: Duktape patch failed: %s' % e)
        return 1
    with open(str(target[0]), 'w') as f:
        f.write(patched)
    with open(str(target[1]), 'w') as f:
        f.write(source[1].get_text_contents())
    return 0


def builtin_js_ids(env, nodes):
    """(id, path) of each built-in JS file, sorted by id. The id is the file
    name without .js, with the path below its source root given in JS_ROOTS,
    a map of folder to id prefix
    (vm/js/bootstrap.js -> internal/bootstrap, bindings/lib/fs.js -> fs)."""
    roots = env['JS_ROOTS']
    entries = []
    for node in nodes:
        path = node.srcnode().path
        ident = None
        for root, prefix in roots.items():
            if path.startswith(root + '/'):
                ident = prefix + path[len(root) + 1:-3]
        if ident is None:
            raise Exception('embed: %s is outside %s' % (path, roots))
        entries.append((ident, node.srcnode().abspath))
    return sorted(entries)


def _compile_js(target, source, env):
    """Runs the bytecode compiler (source[0], tools/jsc.c) over the JS sources
    and writes the C table of vm/js_sources.h."""
    args = [source[0].abspath, str(target[0])]
    for ident, path in builtin_js_ids(env, source[1:]):
        args += [ident, path]
    return subprocess.call(args)


def add_builders(env):
    env['BUILDERS']['PatchDuktape'] = Builder(
        action=Action(_patch_duktape, 'Patching Duktape amalgamation -> $TARGET'))
    env['BUILDERS']['CompileJS'] = Builder(
        action=Action(_compile_js, 'Compiling built-in JS to bytecode -> $TARGET'))
