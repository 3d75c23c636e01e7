#!/usr/bin/env python3
"""Renders docs/api.md from the reference blocks in include/duv.h.

Each public declaration in duv.h is preceded by a block comment; this script
copies every such block with the declaration it documents, in header order,
so the header and the reference never disagree. `--check` exits 1 when
docs/api.md is not what the header gives (the test suite runs it).
"""
import os
import re
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = os.path.join(TOP, 'include', 'duv.h')
OUT = os.path.join(TOP, 'docs', 'api.md')


def strip_comment(block):
    lines = block.strip()[2:-2].strip('\n').split('\n')
    out = []
    for line in lines:
        line = re.sub(r'^\s*\* ?', '', line)
        out.append(line.rstrip())
    while out and not out[0]:
        out.pop(0)
    return out


TAGS = ('Ownership:', 'Errors:', 'Threads:', 'Since:')


def render_body(lines):
    """Prose stays prose; indented lines become a preformatted block; the
    Ownership/Errors/Threads/Since lines become a list."""
    out = []
    pre = []
    item = None

    def flush_pre():
        if pre:
            out.extend(['```text'] + pre + ['```', ''])
            del pre[:]

    for line in lines + ['']:
        tag = next((t for t in TAGS if line.startswith(t)), None)
        if tag is not None or (item is not None and line.startswith('  ') and line.strip()):
            flush_pre()
            if tag is not None:
                # Several tags may share a line: "Threads: any. Since: 0.1."
                pieces = re.split(r'(?<=\.) (?=(?:%s))' % '|'.join(TAGS), line)
                for piece in pieces:
                    out.append('- **%s**%s' % (piece.split(':', 1)[0] + ':', piece.split(':', 1)[1]))
                item = True
            else:
                out[-1] += ' ' + line.strip()
            continue
        item = None
        if line.startswith('  ') and line.strip():
            pre.append(line)
            continue
        flush_pre()
        out.append(line)
    flush_pre()
    while out and out[-1] == '':
        out.pop()
    return out + ['']


def render():
    src = open(HEADER).read()
    # A block comment followed by code up to the next blank line or comment.
    pattern = re.compile(r'(/\*(?:(?!\*/).)*\*/)\n((?:(?!/\*)(?!\n\n).)+?)(?=\n\n|\n/\*|\Z)', re.S)
    parts = ['# duv C API reference', '',
             'Generated from the blocks in `include/duv.h` by `tools/gen-api-doc.py`; '
             'do not edit by hand.', '']
    first = True
    for m in pattern.finditer(src):
        comment, decl = m.group(1), m.group(2).strip()
        if first:
            first = False
            continue  # the file's own header comment
        if not decl or decl.startswith('#ifndef') or decl.startswith('#endif'):
            continue
        lines = strip_comment(comment)
        title = lines[0].strip() if lines else ''
        name = re.match(r'([A-Za-z_0-9]+)\s+-\s+(.*)', title)
        if name:
            parts.append('## `%s`' % name.group(1))
            parts.append('')
            parts.append(name.group(2))
            body = lines[1:]
        else:
            parts.append('### ' + title)
            body = lines[1:]
        parts.append('')
        parts.append('```c')
        parts.append(decl)
        parts.append('```')
        parts.append('')
        parts.extend(render_body(body))
    return re.sub(r'\n{3,}', '\n\n', '\n'.join(parts)).rstrip('\n') + '\n'


def main():
    text = render()
    if '--check' in sys.argv:
        current = open(OUT).read() if os.path.exists(OUT) else ''
        if current != text:
            print('docs/api.md is out of date: run tools/gen-api-doc.py')
            return 1
        return 0
    with open(OUT, 'w') as f:
        f.write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main())
