// mkdir (recursive returns the first directory made), mkdtemp, rmdir, rm
// (recursive, force), unlink: results and errors as Node's.
'use strict';
var fs = require('fs');
var assert = require('assert');
var tmp = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/duv-fs-mk-');
process.on('exit', function () { fs.rmSync(tmp, { recursive: true, force: true }); });
assert.ok(/duv-fs-mk-[A-Za-z0-9]{6}$/.test(tmp));

assert.strictEqual(fs.mkdirSync(tmp + '/a'), undefined);
assert.throws(function () { fs.mkdirSync(tmp + '/a'); }, {
  code: 'EEXIST', syscall: 'mkdir', message: "EEXIST: file already exists, mkdir '" + tmp + "/a'"
});
assert.throws(function () { fs.mkdirSync(tmp + '/x/y'); }, {
  code: 'ENOENT', message: "ENOENT: no such file or directory, mkdir '" + tmp + "/x/y'"
});
assert.strictEqual(fs.mkdirSync(tmp + '/b/c/d', { recursive: true }), tmp + '/b');
assert.strictEqual(fs.mkdirSync(tmp + '/b/c/d', { recursive: true }), undefined);
assert.strictEqual(fs.mkdirSync(tmp + '/b/c/e', { recursive: true, mode: '700' }), tmp + '/b/c/e');
assert.strictEqual(fs.statSync(tmp + '/b/c/e').mode & 0o777, 0o700);
fs.writeFileSync(tmp + '/file', 'x');
assert.throws(function () { fs.mkdirSync(tmp + '/file', { recursive: true }); }, {
  code: 'EEXIST', message: "EEXIST: file already exists, mkdir '" + tmp + "/file'"
});
assert.throws(function () { fs.mkdirSync(tmp + '/file/q/r', { recursive: true }); }, {
  code: 'ENOTDIR', message: "ENOTDIR: not a directory, mkdir '" + tmp + "/file/q/r'"
});
assert.throws(function () { fs.mkdirSync(tmp + '/z', { recursive: 1 }); }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. Received type number (1)'
});

// mkdtemp keeps the prefix as given.
var d = fs.mkdtempSync(tmp + '/t-');
assert.ok(d.indexOf(tmp + '/t-') === 0 && d.length === tmp.length + 9);
assert.ok(fs.statSync(d).isDirectory());

// rmdir / unlink
assert.throws(function () { fs.rmdirSync(tmp + '/b'); }, {
  code: 'ENOTEMPTY', syscall: 'rmdir', message: "ENOTEMPTY: directory not empty, rmdir '" + tmp + "/b'"
});
assert.throws(function () { fs.rmdirSync(tmp + '/file'); }, { code: 'ENOTDIR' });
assert.throws(function () { fs.unlinkSync(tmp + '/none'); }, {
  code: 'ENOENT', syscall: 'unlink', message: "ENOENT: no such file or directory, unlink '" + tmp + "/none'"
});
fs.rmdirSync(d);

// rm
assert.throws(function () { fs.rmSync(tmp + '/b'); }, function (e) {
  assert.strictEqual(e.code, 'ERR_FS_EISDIR');
  assert.strictEqual(e.name, 'SystemError');
  assert.strictEqual(e.message, 'Path is a directory: rm returned EISDIR (is a directory) ' + tmp + '/b');
  assert.strictEqual(e.errno, 21);
  assert.strictEqual(e.syscall, 'rm');
  assert.strictEqual(e.path, tmp + '/b');
  assert.deepStrictEqual(e.info, { code: 'EISDIR', message: 'is a directory', path: tmp + '/b', syscall: 'rm', errno: 21 });
  return true;
});
assert.throws(function () { fs.rmSync(tmp + '/none'); }, {
  code: 'ENOENT', syscall: 'lstat', message: "ENOENT: no such file or directory, lstat '" + tmp + "/none'"
});
fs.rmSync(tmp + '/none', { force: true });
assert.throws(function () { fs.rmSync(tmp + '/b', { force: 'x' }); }, { code: 'ERR_INVALID_ARG_TYPE' });
fs.symlinkSync(tmp + '/b', tmp + '/b/c/link-to-b');
fs.writeFileSync(tmp + '/b/c/d/f', 'x');
fs.rmSync(tmp + '/b', { recursive: true });
assert.strictEqual(fs.existsSync(tmp + '/b'), false);
fs.rmSync(tmp + '/file');
assert.strictEqual(fs.existsSync(tmp + '/file'), false);

// Callback forms.
var n = 0;
fs.mkdir(tmp + '/p/q/r', { recursive: true }, function (err, first) {
  assert.strictEqual(arguments.length, 2);
  assert.strictEqual(err, null);
  assert.strictEqual(first, tmp + '/p');
  fs.mkdir(tmp + '/p/q/r', { recursive: true }, function (err2, first2) {
    assert.strictEqual(err2, null);
    assert.strictEqual(first2, undefined);
    fs.writeFileSync(tmp + '/p/q/r/f', '');
    fs.rm(tmp + '/p', function (err3) {
      assert.strictEqual(err3.code, 'ERR_FS_EISDIR');
      fs.rm(tmp + '/p', { recursive: true }, function (err4) {
        assert.strictEqual(arguments.length, 1);
        assert.strictEqual(err4, null);
        assert.strictEqual(fs.existsSync(tmp + '/p'), false);
        n++;
      });
    });
  });
});
fs.mkdir(tmp + '/plain', function (err) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(err, null);
  fs.rmdir(tmp + '/plain', function (err2) {
    assert.strictEqual(arguments.length, 1);
    assert.strictEqual(err2, null);
    n++;
  });
});
fs.mkdtemp(tmp + '/cb-', function (err, dir) {
  assert.strictEqual(err, null);
  assert.ok(dir.indexOf(tmp + '/cb-') === 0);
  fs.unlink(dir, function (err2) {
    assert.strictEqual(err2.code === 'EISDIR' || err2.code === 'EPERM', true);
    n++;
  });
});
fs.rm(tmp + '/none', { force: true }, function (err) {
  assert.strictEqual(err, null);
  n++;
});
process.on('exit', function () { assert.strictEqual(n, 4); });
