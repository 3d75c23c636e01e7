// chmod / fchmod / chown / utimes / futimes / lutimes / truncate /
// ftruncate / fsync / fdatasync.
'use strict';
var fs = require('fs');
var assert = require('assert');
var tmp = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/duv-fs-attr-');
process.on('exit', function () { fs.rmSync(tmp, { recursive: true, force: true }); });

var f = tmp + '/f';
fs.writeFileSync(f, '0123456789');
fs.chmodSync(f, 0o600);
assert.strictEqual(fs.statSync(f).mode & 0o777, 0o600);
fs.chmodSync(f, '644');
assert.strictEqual(fs.statSync(f).mode & 0o777, 0o644);
assert.throws(function () { fs.chmodSync(f, {}); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { fs.chmodSync(tmp + '/none', 0o600); }, {
  code: 'ENOENT', syscall: 'chmod', message: "ENOENT: no such file or directory, chmod '" + tmp + "/none'"
});
var st = fs.statSync(f);
fs.chownSync(f, st.uid, st.gid);
assert.throws(function () { fs.chownSync(f, -2, 0); }, {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "uid" is out of range. It must be >= -1 && <= 4294967295. Received -2'
});

fs.utimesSync(f, 1000, new Date(2000000));
st = fs.statSync(f);
assert.strictEqual(st.atimeMs, 1000000);
assert.strictEqual(st.mtimeMs, 2000000);
assert.strictEqual(st.mtime.getTime(), 2000000);
fs.utimesSync(f, '1500', 1500.5);
assert.strictEqual(fs.statSync(f).mtimeMs, 1500500);
assert.throws(function () { fs.utimesSync(f, 'a', 'b'); }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "time" argument must be an instance of Date or an Time in seconds. Received type string (\'a\')'
});

fs.truncateSync(f, 4);
assert.strictEqual(fs.readFileSync(f, 'utf8'), '0123');
fs.truncateSync(f);
assert.strictEqual(fs.statSync(f).size, 0);
assert.throws(function () { fs.truncateSync(tmp + '/none'); }, {
  code: 'ENOENT', message: "ENOENT: no such file or directory, open '" + tmp + "/none'"
});

var fd = fs.openSync(f, 'r+');
fs.writeSync(fd, 'abcdef');
fs.ftruncateSync(fd, 3);
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'abc');
fs.fchmodSync(fd, 0o640);
assert.strictEqual(fs.fstatSync(fd).mode & 0o777, 0o640);
fs.futimesSync(fd, 10, 20);
assert.strictEqual(fs.fstatSync(fd).mtimeMs, 20000);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
assert.throws(function () { fs.fsyncSync(9999); }, { code: 'EBADF', syscall: 'fsync' });

var n = 0;
fs.ftruncate(fd, 1, function (err) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(err, null);
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'a');
  fs.fsync(fd, function (err2) {
    assert.strictEqual(arguments.length, 1);
    assert.strictEqual(err2, null);
    fs.fdatasync(fd, function (err3) {
      assert.strictEqual(err3, null);
      fs.closeSync(fd);
      n++;
    });
  });
});
fs.writeFileSync(tmp + '/g', 'xyz');
fs.truncate(tmp + '/g', 1, function (err) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(err, null);
  assert.strictEqual(fs.readFileSync(tmp + '/g', 'utf8'), 'x');
  fs.chmod(tmp + '/g', 0o700, function (err2) {
    assert.strictEqual(arguments.length, 1);
    assert.strictEqual(fs.statSync(tmp + '/g').mode & 0o777, 0o700);
    fs.utimes(tmp + '/g', 5, 6, function (err3) {
      assert.strictEqual(err3, null);
      assert.strictEqual(fs.statSync(tmp + '/g').mtimeMs, 6000);
      fs.chown(tmp + '/g', st.uid, st.gid, function (err4) {
        assert.strictEqual(err4, null);
        n++;
      });
    });
  });
});
fs.truncate(tmp + '/none', function (err) {
  assert.strictEqual(err.code, 'ENOENT');
  n++;
});
process.on('exit', function () { assert.strictEqual(n, 3); });
