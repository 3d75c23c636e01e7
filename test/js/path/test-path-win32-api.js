// path.win32 and path.posix: cross references, constants, argument errors,
// the working directory and per-drive directories in resolve.
'use strict';
var assert = require('assert');
var path = require('path');
var win32 = path.win32;

assert.strictEqual(path.posix, path);
assert.strictEqual(path.win32, win32);
assert.strictEqual(win32.win32, win32);
assert.strictEqual(win32.posix, path);
assert.strictEqual(require('path/win32'), win32);
assert.strictEqual(require('node:path/posix'), path);
assert.strictEqual(win32.sep, '\\');
assert.strictEqual(win32.delimiter, ';');
assert.strictEqual(path.sep, '/');
assert.strictEqual(path.delimiter, ':');
assert.strictEqual(win32._makeLong, win32.toNamespacedPath);
assert.strictEqual(path._makeLong, path.toNamespacedPath);
assert.strictEqual(path.toNamespacedPath('a/b'), 'a/b');

function code(fn) {
  try { fn(); } catch (e) { return e.name + '|' + e.code + '|' + e.message; }
  return 'no throw';
}
assert.strictEqual(code(function () { win32.join('a', 5); }),
  'TypeError|ERR_INVALID_ARG_TYPE|The "path" argument must be of type string. Received type number (5)');
assert.strictEqual(code(function () { win32.resolve('a', null); }),
  'TypeError|ERR_INVALID_ARG_TYPE|The "paths[1]" argument must be of type string. Received null');
assert.strictEqual(code(function () { win32.relative('a', {}); }),
  'TypeError|ERR_INVALID_ARG_TYPE|The "to" argument must be of type string. Received an instance of Object');
assert.strictEqual(code(function () { win32.basename('a', 1); }),
  'TypeError|ERR_INVALID_ARG_TYPE|The "suffix" argument must be of type string. Received type number (1)');
assert.strictEqual(code(function () { win32.format('x'); }),
  'TypeError|ERR_INVALID_ARG_TYPE|The "pathObject" argument must be of type object. Received type string (\'x\')');
['normalize', 'isAbsolute', 'dirname', 'extname', 'parse'].forEach(function (fn) {
  assert.strictEqual(code(function () { win32[fn](undefined); }),
    'TypeError|ERR_INVALID_ARG_TYPE|The "path" argument must be of type string. Received undefined');
});
assert.strictEqual(win32.toNamespacedPath(5), 5);
assert.strictEqual(win32.toNamespacedPath(''), '');

// The working directory, read as a win32 path.
process.chdir('/tmp');
assert.strictEqual(win32.resolve(), '\\tmp');
assert.strictEqual(win32.resolve('a', 'b\\..\\c'), '\\tmp\\a\\c');
assert.strictEqual(win32.resolve('C:a'), 'C:\\tmp\\a');
assert.strictEqual(win32.relative('a', 'b'), '..\\b');
assert.strictEqual(win32.toNamespacedPath('C:\\x\\..\\y'), '\\\\?\\C:\\y');
assert.strictEqual(win32.toNamespacedPath('\\\\srv\\share\\f'), '\\\\?\\UNC\\srv\\share\\f');
// A drive's own directory ('=D:') is read on Windows only.
process.env['=D:'] = 'D:\\dcwd';
assert.strictEqual(win32.resolve('D:x'), 'D:\\tmp\\x');
assert.strictEqual(win32.resolve('d:'), 'd:\\tmp');
delete process.env['=D:'];

// Node's documented examples.
assert.strictEqual(win32.basename('C:\\foo.html', '.html'), 'foo');
assert.strictEqual(win32.dirname('C:\\foo\\bar\\baz'), 'C:\\foo\\bar');
assert.strictEqual(win32.join('/foo', 'bar', 'baz/asdf', 'quux', '..'), '\\foo\\bar\\baz\\asdf');
assert.strictEqual(win32.normalize('C:\\temp\\\\foo\\bar\\..\\'), 'C:\\temp\\foo\\');
assert.strictEqual(win32.normalize('C:////temp\\\\/\\/\\/foo/bar'), 'C:\\temp\\foo\\bar');
assert.strictEqual(win32.relative('C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'), '..\\..\\impl\\bbb');
assert.strictEqual(win32.resolve('C:\\foo', 'bar'), 'C:\\foo\\bar');
assert.deepStrictEqual(win32.parse('C:\\path\\dir\\file.txt'),
  { root: 'C:\\', dir: 'C:\\path\\dir', base: 'file.txt', ext: '.txt', name: 'file' });
assert.strictEqual(win32.format({ dir: 'C:\\path\\dir', base: 'file.txt' }), 'C:\\path\\dir\\file.txt');
assert.strictEqual(win32.isAbsolute('//server'), true);
assert.strictEqual(win32.isAbsolute('C:foo\\..'), false);
assert.strictEqual(win32.isAbsolute('bar/baz'), false);
