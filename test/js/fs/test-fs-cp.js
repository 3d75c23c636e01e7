// cp / cpSync: files, recursive trees, force and errorOnExist, errors.
'use strict';
var fs = require('fs');
var assert = require('assert');
var tmp = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/duv-fs-cp-');
process.on('exit', function () { fs.rmSync(tmp, { recursive: true, force: true }); });

fs.mkdirSync(tmp + '/src/a', { recursive: true });
fs.writeFileSync(tmp + '/src/a/f', 'F');
fs.writeFileSync(tmp + '/src/g', 'G');
fs.symlinkSync('g', tmp + '/src/l');

assert.throws(function () { fs.cpSync(tmp + '/src', tmp + '/dst'); }, function (e) {
  assert.strictEqual(e.code, 'ERR_FS_EISDIR');
  assert.strictEqual(e.name, 'SystemError');
  assert.strictEqual(e.message, 'Path is a directory: cp returned EISDIR (' + tmp + '/src is a directory (not copied)) ' + tmp + '/src');
  return true;
});
fs.cpSync(tmp + '/src', tmp + '/dst', { recursive: true });
assert.deepStrictEqual(fs.readdirSync(tmp + '/dst', { recursive: true }).sort(), ['a', 'a/f', 'g', 'l']);
assert.strictEqual(fs.readFileSync(tmp + '/dst/a/f', 'utf8'), 'F');
// Links are copied with absolute targets unless verbatimSymlinks.
assert.strictEqual(fs.readlinkSync(tmp + '/dst/l'), tmp + '/src/g');

fs.writeFileSync(tmp + '/src/g', 'G2');
fs.cpSync(tmp + '/src/g', tmp + '/dst/g', { force: false });
assert.strictEqual(fs.readFileSync(tmp + '/dst/g', 'utf8'), 'G');
assert.throws(function () { fs.cpSync(tmp + '/src/g', tmp + '/dst/g', { force: false, errorOnExist: true }); }, {
  code: 'ERR_FS_CP_EEXIST',
  message: 'Target already exists: cp returned EEXIST (' + tmp + '/dst/g already exists) ' + tmp + '/dst/g'
});
fs.cpSync(tmp + '/src/g', tmp + '/dst/g');
assert.strictEqual(fs.readFileSync(tmp + '/dst/g', 'utf8'), 'G2');
assert.throws(function () { fs.cpSync(tmp + '/src/g', tmp + '/dst/a'); }, {
  code: 'ERR_FS_CP_NON_DIR_TO_DIR'
});
assert.throws(function () { fs.cpSync(tmp + '/src', tmp + '/src/a/inside', { recursive: true }); }, {
  code: 'ERR_FS_CP_EINVAL'
});
assert.throws(function () { fs.cpSync(tmp + '/none', tmp + '/x'); }, {
  code: 'ENOENT', message: "ENOENT: no such file or directory, lstat '" + tmp + "/none'"
});
// filter
fs.cpSync(tmp + '/src', tmp + '/filtered', {
  recursive: true,
  filter: function (s) { return !/\/f$/.test(s); }
});
assert.deepStrictEqual(fs.readdirSync(tmp + '/filtered/a'), []);

var done = 0;
fs.cp(tmp + '/src', tmp + '/dst2', { recursive: true }, function (err) {
  assert.strictEqual(arguments.length, 2);
  assert.strictEqual(err, null);
  assert.strictEqual(fs.readFileSync(tmp + '/dst2/a/f', 'utf8'), 'F');
  done++;
});
fs.cp(tmp + '/src', tmp + '/dst3', function (err) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(err.code, 'ERR_FS_EISDIR');
  done++;
});
fs.cp(tmp + '/src/g', tmp + '/dst/g', { force: false, errorOnExist: true }, function (err) {
  assert.strictEqual(err.code, 'ERR_FS_CP_EEXIST');
  done++;
});
fs.cp(tmp + '/src', tmp + '/dst4', {
  recursive: true,
  filter: function (s) { return !/\/g$/.test(s); }
}, function (err) {
  assert.strictEqual(err, null);
  assert.deepStrictEqual(fs.readdirSync(tmp + '/dst4', { recursive: true }).sort(), ['a', 'a/f', 'l']);
  assert.strictEqual(fs.readlinkSync(tmp + '/dst4/l'), tmp + '/src/g');
  done++;
});
fs.cp(tmp + '/src/g', tmp + '/dst/a', function (err) {
  assert.strictEqual(err.code, 'ERR_FS_CP_NON_DIR_TO_DIR');
  done++;
});
process.on('exit', function () { assert.strictEqual(done, 5); });
