// opendir / fs.Dir: read, readSync, close, closeSync, errors.
'use strict';
var fs = require('fs');
var assert = require('assert');
var tmp = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/duv-fs-dir-');
process.on('exit', function () { fs.rmSync(tmp, { recursive: true, force: true }); });

for (var i = 0; i < 5; i++) fs.writeFileSync(tmp + '/f' + i, '');
fs.mkdirSync(tmp + '/sub');

var dir = fs.opendirSync(tmp, { bufferSize: 2 });
assert.strictEqual(dir.path, tmp);
var names = [];
var e;
while ((e = dir.readSync()) !== null) {
  assert.ok(e instanceof fs.Dirent);
  assert.strictEqual(e.isDirectory(), e.name === 'sub');
  names.push(e.name);
}
assert.deepStrictEqual(names.sort(), ['f0', 'f1', 'f2', 'f3', 'f4', 'sub']);
dir.closeSync();
assert.throws(function () { dir.readSync(); }, { code: 'ERR_DIR_CLOSED', message: 'Directory handle was closed' });
assert.throws(function () { dir.closeSync(); }, { code: 'ERR_DIR_CLOSED' });
assert.throws(function () { fs.opendirSync(tmp + '/none'); }, {
  // Node's opendir errors do not name the path.
  code: 'ENOENT', syscall: 'opendir', message: 'ENOENT: no such file or directory, opendir'

});
assert.throws(function () { fs.opendirSync(tmp, { bufferSize: 0 }); }, { code: 'ERR_OUT_OF_RANGE' });

var done = 0;
fs.opendir(tmp, function (err, d) {
  assert.strictEqual(err, null);
  var seen = [];
  function next() {
    d.read(function (err2, ent) {
      assert.strictEqual(err2, null);
      if (ent === null) {
        assert.strictEqual(seen.length, 6);
        d.close(function (err3) {
          assert.strictEqual(err3, null);
          done++;
        });
        return;
      }
      seen.push(ent.name);
      next();
    });
  }
  next();
});
fs.opendir(tmp + '/none', function (err) {
  assert.strictEqual(err.code, 'ENOENT');
  done++;
});
// Promise forms of read and close.
var d2 = fs.opendirSync(tmp + '/sub');
d2.read().then(function (ent) {
  assert.strictEqual(ent, null);
  return d2.close();
}).then(function () { done++; });
// A Dir left open is closed when collected (the asan build checks nothing leaks).
fs.opendirSync(tmp);
process.on('exit', function () { assert.strictEqual(done, 3); });
