// copyFile: contents and mode copied, a file onto itself left alone, an
// existing destination replaced (or refused with COPYFILE_EXCL), Node's
// errors with both paths, in the sync, callback and promise forms.
'use strict';
var assert = require('assert');
var fs = require('fs');
var path = require('path');

var dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'duv-copyfile-'));
process.on('exit', function () { fs.rmSync(dir, { recursive: true, force: true }); });
process.chdir(dir);

var big = Buffer.alloc(3 * 1024 * 1024 + 17);
for (var i = 0; i < big.length; i++) big[i] = (i * 31) & 255;
fs.writeFileSync('src', big);
fs.chmodSync('src', 0o751);
fs.copyFileSync('src', 'dst');
assert.ok(fs.readFileSync('dst').equals(big));
assert.strictEqual(fs.statSync('dst').mode & 0o777, 0o751);

// Onto itself: unchanged, not emptied.
fs.copyFileSync('src', 'src');
assert.strictEqual(fs.statSync('src').size, big.length);
// An existing, longer destination is replaced whole.
fs.writeFileSync('short', 'abc');
fs.copyFileSync('short', 'dst');
assert.strictEqual(fs.readFileSync('dst', 'utf8'), 'abc');
assert.throws(function () { fs.copyFileSync('short', 'dst', fs.constants.COPYFILE_EXCL); }, {
  code: 'EEXIST', syscall: 'copyfile', path: 'short', dest: 'dst',
  message: "EEXIST: file already exists, copyfile 'short' -> 'dst'"
});
assert.throws(function () { fs.copyFileSync('missing', 'x'); }, {
  code: 'ENOENT', message: "ENOENT: no such file or directory, copyfile 'missing' -> 'x'"
});
fs.mkdirSync('sub');
assert.throws(function () { fs.copyFileSync('sub', 'x'); }, { code: 'EISDIR' });
assert.throws(function () { fs.copyFileSync('short', 'nodir/x'); }, { code: 'ENOENT' });
assert.strictEqual(fs.existsSync('x'), false);

var done = [];
fs.copyFile('src', 'cb', function (err) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(err, null);
  assert.ok(fs.readFileSync('cb').equals(big));
  fs.copyFile('missing', 'cb2', function (err2) {
    assert.strictEqual(err2.code, 'ENOENT');
    assert.strictEqual(err2.dest, 'cb2');
    done.push('cb');
  });
});
fs.promises.copyFile('short', 'dst', fs.constants.COPYFILE_EXCL).then(function () {
  throw new Error('resolved');
}, function (err) {
  assert.strictEqual(err.code, 'EEXIST');
  done.push('promise');
});
process.on('exit', function () { assert.deepStrictEqual(done.sort(), ['cb', 'promise']); });
