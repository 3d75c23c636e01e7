// readdir: names, withFileTypes (Dirent), recursive, encodings, errors.
'use strict';
var fs = require('fs');
var assert = require('assert');
var tmp = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/duv-fs-rd-');
process.on('exit', function () { fs.rmSync(tmp, { recursive: true, force: true }); });

fs.mkdirSync(tmp + '/d/e', { recursive: true });
fs.writeFileSync(tmp + '/f', '');
fs.writeFileSync(tmp + '/d/g', '');
fs.symlinkSync('f', tmp + '/l');

assert.deepStrictEqual(fs.readdirSync(tmp).sort(), ['d', 'f', 'l']);
var ents = fs.readdirSync(tmp, { withFileTypes: true }).sort(function (a, b) { return a.name < b.name ? -1 : 1; });
assert.ok(ents[0] instanceof fs.Dirent);
assert.deepStrictEqual(Object.keys(ents[0]), ['name', 'parentPath', 'path']);
assert.strictEqual(ents[0].name, 'd');
assert.strictEqual(ents[0].path, tmp);
assert.strictEqual(ents[0].parentPath, tmp);
assert.ok(ents[0].isDirectory() && !ents[0].isFile());
assert.ok(ents[1].isFile());
assert.ok(ents[2].isSymbolicLink());
var bufs = fs.readdirSync(tmp, { encoding: 'buffer' });
assert.ok(Buffer.isBuffer(bufs[0]));
assert.deepStrictEqual(fs.readdirSync(tmp, { recursive: true }).sort(), ['d', 'd/e', 'd/g', 'f', 'l']);

assert.throws(function () { fs.readdirSync(tmp + '/f'); }, {
  code: 'ENOTDIR', syscall: 'scandir', message: "ENOTDIR: not a directory, scandir '" + tmp + "/f'"
});
assert.throws(function () { fs.readdirSync(tmp + '/none'); }, {
  code: 'ENOENT', message: "ENOENT: no such file or directory, scandir '" + tmp + "/none'"
});
assert.throws(function () { fs.readdirSync({}); }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received an instance of Object'
});

var n = 0;
fs.readdir(tmp, function (err, names) {
  assert.strictEqual(arguments.length, 2);
  assert.strictEqual(err, null);
  assert.deepStrictEqual(names.sort(), ['d', 'f', 'l']);
  n++;
});
fs.readdir(tmp + '/d', { withFileTypes: true }, function (err, list) {
  assert.strictEqual(list.length, 2);
  list.forEach(function (e) {
    assert.strictEqual(e.path, tmp + '/d');
    assert.strictEqual(e.isDirectory(), e.name === 'e');
  });
  n++;
});
fs.readdir(tmp + '/f', function (err) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(err.code, 'ENOTDIR');
  n++;
});
fs.readdir(tmp, { recursive: true }, function (err, all) {
  assert.strictEqual(err, null);
  assert.deepStrictEqual(all.sort(), ['d', 'd/e', 'd/g', 'f', 'l']);
  n++;
});
fs.readdir(tmp, { recursive: true, withFileTypes: true }, function (err, all) {
  assert.strictEqual(all.length, 5);
  var g = all.filter(function (e) { return e.name === 'g'; })[0];
  assert.strictEqual(g.parentPath, tmp + '/d');
  assert.ok(g.isFile());
  n++;
});
process.on('exit', function () { assert.strictEqual(n, 5); });
