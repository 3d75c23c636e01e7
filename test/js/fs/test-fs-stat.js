// stat / lstat / fstat: Node 20's Stats (own properties, methods, dates),
// throwIfNoEntry, errors and callbacks.
'use strict';
var fs = require('fs');
var assert = require('assert');
var tmp = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/duv-fs-stat-');
process.on('exit', function () { fs.rmSync(tmp, { recursive: true, force: true }); });

var f = tmp + '/f.txt';
fs.writeFileSync(f, 'hello');
var st = fs.statSync(f);
assert.ok(st instanceof fs.Stats);
assert.deepStrictEqual(Object.keys(st), ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize',
  'ino', 'size', 'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atime', 'mtime', 'ctime',
  'birthtime']);
assert.strictEqual(st.size, 5);
assert.strictEqual(st.nlink, 1);
assert.strictEqual(typeof st.ino, 'number');
assert.ok(st.isFile());
assert.ok(!st.isDirectory());
assert.ok(!st.isSymbolicLink());
assert.ok(!st.isFIFO() && !st.isSocket() && !st.isBlockDevice() && !st.isCharacterDevice());
assert.ok(st.mtime instanceof Date);
assert.strictEqual(st.mtime.getTime(), Math.floor(st.mtimeMs) === st.mtimeMs ? st.mtimeMs : st.mtime.getTime());
assert.ok(Math.abs(st.mtime.getTime() - st.mtimeMs) < 1);
assert.ok(Math.abs(st.mtimeMs - Date.now()) < 60000);
assert.ok(fs.statSync(tmp).isDirectory());
assert.ok(fs.statSync('/dev/null').isCharacterDevice());

fs.symlinkSync(f, tmp + '/link');
assert.ok(fs.lstatSync(tmp + '/link').isSymbolicLink());
assert.ok(fs.statSync(tmp + '/link').isFile());

var fd = fs.openSync(f, 'r');
var fst = fs.fstatSync(fd);
assert.strictEqual(fst.ino, st.ino);
assert.strictEqual(fst.size, 5);
fs.closeSync(fd);

assert.strictEqual(fs.statSync(tmp + '/none', { throwIfNoEntry: false }), undefined);
assert.strictEqual(fs.lstatSync(tmp + '/none', { throwIfNoEntry: false }), undefined);
assert.throws(function () { fs.statSync(tmp + '/none'); }, {
  code: 'ENOENT', syscall: 'stat', path: tmp + '/none',
  message: "ENOENT: no such file or directory, stat '" + tmp + "/none'"
});
assert.throws(function () { fs.lstatSync(f + '/x'); }, {
  code: 'ENOTDIR', message: "ENOTDIR: not a directory, lstat '" + f + "/x'"
});
assert.throws(function () { fs.fstatSync(9999); }, {
  code: 'EBADF', syscall: 'fstat', message: 'EBADF: bad file descriptor, fstat'
});

var n = 0;
fs.stat(f, function (err, s) {
  assert.strictEqual(arguments.length, 2);
  assert.strictEqual(err, null);
  assert.ok(s.isFile());
  assert.strictEqual(s.size, 5);
  n++;
});
fs.lstat(tmp + '/link', {}, function (err, s) {
  assert.ok(s.isSymbolicLink());
  n++;
});
fs.stat(tmp + '/none', function (err) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(err.message, "ENOENT: no such file or directory, stat '" + tmp + "/none'");
  n++;
});
fs.fstat(0, function (err, s) {
  assert.strictEqual(err, null);
  assert.strictEqual(typeof s.mode, 'number');
  n++;
});
// statfs
var sf = fs.statfsSync(tmp);
assert.strictEqual(sf.constructor.name, 'StatFs');
assert.deepStrictEqual(Object.keys(sf), ['type', 'bsize', 'blocks', 'bfree', 'bavail', 'files', 'ffree']);
assert.ok(sf.bsize > 0 && sf.blocks > 0);
assert.throws(function () { fs.statfsSync(tmp + '/none'); }, {
  code: 'ENOENT', syscall: 'statfs', message: "ENOENT: no such file or directory, statfs '" + tmp + "/none'"
});
fs.statfs(tmp, function (err, s) {
  assert.strictEqual(err, null);
  assert.strictEqual(s.bsize, sf.bsize);
  n++;
});
// lchmod is macOS-only: the names exist, undefined, on Linux.
assert.ok('lchmod' in fs);
assert.strictEqual(fs.lchmod, undefined);
process.on('exit', function () { assert.strictEqual(n, 5); });
