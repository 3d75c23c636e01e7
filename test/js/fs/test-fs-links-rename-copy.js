// symlink / readlink / realpath / link / rename / copyFile (COPYFILE_EXCL):
// results and Node's two-path error messages.
'use strict';
var fs = require('fs');
var assert = require('assert');
var tmp = fs.realpathSync(fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/duv-fs-ln-'));
process.on('exit', function () { fs.rmSync(tmp, { recursive: true, force: true }); });

fs.writeFileSync(tmp + '/a', 'A');
fs.symlinkSync('a', tmp + '/rel');          // relative target, kept as given
assert.strictEqual(fs.readlinkSync(tmp + '/rel'), 'a');
assert.strictEqual(fs.readFileSync(tmp + '/rel', 'utf8'), 'A');
assert.strictEqual(fs.realpathSync(tmp + '/rel'), tmp + '/a');
assert.strictEqual(fs.realpathSync.native(tmp + '/rel'), tmp + '/a');
assert.ok(Buffer.isBuffer(fs.readlinkSync(tmp + '/rel', 'buffer')));
assert.throws(function () { fs.readlinkSync(tmp + '/a'); }, {
  code: 'EINVAL', syscall: 'readlink', message: "EINVAL: invalid argument, readlink '" + tmp + "/a'"
});
assert.throws(function () { fs.symlinkSync(tmp + '/a', tmp + '/a'); }, {
  code: 'EEXIST', syscall: 'symlink', path: tmp + '/a', dest: tmp + '/a',
  message: "EEXIST: file already exists, symlink '" + tmp + "/a' -> '" + tmp + "/a'"
});
// realpath names the first missing component, as lstat; .native asks the system.
assert.throws(function () { fs.realpathSync(tmp + '/none/deeper'); }, {
  code: 'ENOENT', syscall: 'lstat', path: tmp + '/none',
  message: "ENOENT: no such file or directory, lstat '" + tmp + "/none'"
});
assert.throws(function () { fs.realpathSync.native(tmp + '/none'); }, {
  code: 'ENOENT', syscall: 'realpath',
  message: "ENOENT: no such file or directory, realpath '" + tmp + "/none'"
});

fs.linkSync(tmp + '/a', tmp + '/hard');
assert.strictEqual(fs.statSync(tmp + '/a').nlink, 2);
assert.throws(function () { fs.linkSync(tmp + '/none', tmp + '/x'); }, {
  code: 'ENOENT', message: "ENOENT: no such file or directory, link '" + tmp + "/none' -> '" + tmp + "/x'"
});

fs.renameSync(tmp + '/hard', tmp + '/moved');
assert.strictEqual(fs.readFileSync(tmp + '/moved', 'utf8'), 'A');
assert.throws(function () { fs.renameSync(tmp + '/nope', tmp + '/nope2'); }, {
  code: 'ENOENT', syscall: 'rename', path: tmp + '/nope', dest: tmp + '/nope2',
  message: "ENOENT: no such file or directory, rename '" + tmp + "/nope' -> '" + tmp + "/nope2'"
});
assert.throws(function () { fs.renameSync(5, 'x'); }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "oldPath" argument must be of type string or an instance of Buffer or URL. Received type number (5)'
});

fs.copyFileSync(tmp + '/a', tmp + '/c');
assert.strictEqual(fs.readFileSync(tmp + '/c', 'utf8'), 'A');
fs.writeFileSync(tmp + '/a', 'AA');
fs.copyFileSync(tmp + '/a', tmp + '/c');
assert.strictEqual(fs.readFileSync(tmp + '/c', 'utf8'), 'AA');
assert.throws(function () { fs.copyFileSync(tmp + '/a', tmp + '/c', fs.constants.COPYFILE_EXCL); }, {
  code: 'EEXIST', syscall: 'copyfile',
  message: "EEXIST: file already exists, copyfile '" + tmp + "/a' -> '" + tmp + "/c'"
});
assert.throws(function () { fs.copyFileSync(tmp + '/a', tmp + '/c', 9); }, {
  code: 'ERR_OUT_OF_RANGE', message: 'mode is out of range: >= 0 && <= 7'
});

var n = 0;
fs.symlink(tmp + '/a', tmp + '/abs', function (err) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(err, null);
  fs.readlink(tmp + '/abs', function (err2, target) {
    assert.strictEqual(arguments.length, 2);
    assert.strictEqual(target, tmp + '/a');
    fs.realpath(tmp + '/abs', function (err3, real) {
      assert.strictEqual(real, tmp + '/a');
      n++;
    });
  });
});
fs.rename(tmp + '/moved', tmp + '/moved2', function (err) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(err, null);
  fs.copyFile(tmp + '/moved2', tmp + '/moved3', function (err2) {
    assert.strictEqual(arguments.length, 1);
    assert.strictEqual(err2, null);
    fs.copyFile(tmp + '/moved2', tmp + '/moved3', fs.constants.COPYFILE_EXCL, function (err3) {
      assert.strictEqual(err3.code, 'EEXIST');
      assert.strictEqual(err3.dest, tmp + '/moved3');
      n++;
    });
  });
});
fs.link(tmp + '/a', tmp + '/h2', function (err) {
  assert.strictEqual(err, null);
  n++;
});
process.on('exit', function () { assert.strictEqual(n, 3); });
