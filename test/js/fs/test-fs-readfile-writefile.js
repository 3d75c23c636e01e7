// readFile / writeFile / appendFile: sync and callback forms, encodings,
// flags, modes, descriptors, errors, and callbacks' argument counts.
'use strict';
var fs = require('fs');
var assert = require('assert');
var tmp = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/duv-fs-rf-');
process.on('exit', function () { fs.rmSync(tmp, { recursive: true, force: true }); });

var f = tmp + '/a.txt';
fs.writeFileSync(f, 'héllo \ud83d\ude00');
var b = fs.readFileSync(f);
assert.ok(Buffer.isBuffer(b));
assert.strictEqual(b.length, 11);
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'héllo \ud83d\ude00');
assert.strictEqual(fs.readFileSync(f, { encoding: 'utf-8' }), 'héllo \ud83d\ude00');
assert.strictEqual(fs.readFileSync(f, 'hex'), b.toString('hex'));
assert.strictEqual(fs.readFileSync(f, 'base64'), b.toString('base64'));

// Encodings on write, Buffers and typed arrays, modes, flags.
fs.writeFileSync(f, '68690a', 'hex');
assert.strictEqual(fs.readFileSync(f, 'latin1'), 'hi\n');
fs.writeFileSync(f, Buffer.from([1, 2, 3]));
assert.deepStrictEqual(Array.prototype.slice.call(fs.readFileSync(f)), [1, 2, 3]);
fs.writeFileSync(f, new Uint8Array([65, 66]));
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'AB');
fs.writeFileSync(tmp + '/m.txt', 'x', { mode: 0o640 });
assert.strictEqual(fs.statSync(tmp + '/m.txt').mode & 0o777, 0o640);
assert.throws(function () { fs.writeFileSync(tmp + '/m.txt', 'y', { flag: 'wx' }); }, {
  code: 'EEXIST', syscall: 'open', message: "EEXIST: file already exists, open '" + tmp + "/m.txt'"
});
fs.writeFileSync(f, '');
assert.strictEqual(fs.readFileSync(f).length, 0);
assert.strictEqual(fs.readFileSync(f, 'utf8'), '');

// appendFile creates, then appends.
fs.appendFileSync(tmp + '/ap.txt', 'a');
fs.appendFileSync(tmp + '/ap.txt', Buffer.from('b'));
fs.appendFileSync(tmp + '/ap.txt', 'c', 'utf8');
assert.strictEqual(fs.readFileSync(tmp + '/ap.txt', 'utf8'), 'abc');

// Descriptors: read from the current position, write without closing.
var fd = fs.openSync(tmp + '/fd.txt', 'w+');
fs.writeFileSync(fd, 'one');
fs.writeFileSync(fd, 'two');
assert.strictEqual(fs.readFileSync(fd, 'utf8'), '');
assert.strictEqual(fs.readFileSync(tmp + '/fd.txt', 'utf8'), 'onetwo');
fs.closeSync(fd);

// Files whose size stat does not know (/proc) are read to the end.
if (fs.existsSync('/proc/self/status')) {
  assert.ok(/Name:/.test(fs.readFileSync('/proc/self/status', 'utf8')));
}

// Errors.
assert.throws(function () { fs.readFileSync(tmp + '/none'); }, {
  code: 'ENOENT', errno: -2, syscall: 'open', path: tmp + '/none',
  message: "ENOENT: no such file or directory, open '" + tmp + "/none'"
});
assert.throws(function () { fs.readFileSync(tmp); }, function (e) {
  assert.strictEqual(e.message, 'EISDIR: illegal operation on a directory, read');
  assert.strictEqual(e.code, 'EISDIR');
  assert.strictEqual(e.syscall, 'read');
  assert.strictEqual(e.path, undefined);
  return true;
});
assert.throws(function () { fs.writeFileSync(tmp, 'x'); }, {
  code: 'EISDIR', message: "EISDIR: illegal operation on a directory, open '" + tmp + "'"
});
assert.throws(function () { fs.readFileSync(f, { encoding: 'bogus' }); }, {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'encoding' is invalid encoding. Received 'bogus'"
});
assert.throws(function () { fs.readFileSync(f, 5); }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be one of type string or object. Received type number (5)'
});
assert.throws(function () { fs.writeFileSync(f, 5); }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)'
});
assert.throws(function () { fs.readFile(f); }, { code: 'ERR_INVALID_ARG_TYPE' });

// Callback forms: writeFile and appendFile call back with (err) only,
// readFile with (err, data).
var seen = [];
fs.writeFile(tmp + '/cb.txt', 'data', function (err) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(err, null);
  fs.appendFile(tmp + '/cb.txt', '+more', { encoding: 'utf8' }, function (err2) {
    assert.strictEqual(arguments.length, 1);
    assert.strictEqual(err2, null);
    fs.readFile(tmp + '/cb.txt', function (err3, data) {
      assert.strictEqual(arguments.length, 2);
      assert.strictEqual(err3, null);
      assert.ok(Buffer.isBuffer(data));
      assert.strictEqual(data.toString(), 'data+more');
      fs.readFile(tmp + '/cb.txt', 'base64', function (err4, s) {
        assert.strictEqual(s, Buffer.from('data+more').toString('base64'));
        seen.push('chain');
      });
    });
  });
});
fs.readFile(tmp + '/none', 'utf8', function (err) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message, "ENOENT: no such file or directory, open '" + tmp + "/none'");
  seen.push('enoent');
});
fs.readFile(tmp, function (err) {
  assert.strictEqual(err.code, 'EISDIR');
  assert.strictEqual(err.message, 'EISDIR: illegal operation on a directory, read');
  seen.push('eisdir');
});
fs.writeFile(tmp + '/no/such/dir', 'x', function (err) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.path, tmp + '/no/such/dir');
  seen.push('wenoent');
});
// A large file round trip through the thread pool.
var big = Buffer.alloc(3 * 1024 * 1024 + 7, 'abc');
fs.writeFile(tmp + '/big.bin', big, function (err) {
  assert.ifError(err);
  fs.readFile(tmp + '/big.bin', function (err2, data) {
    assert.ifError(err2);
    assert.ok(data.equals(big));
    seen.push('big');
  });
});
process.on('exit', function () {
  assert.deepStrictEqual(seen.sort(), ['big', 'chain', 'eisdir', 'enoent', 'wenoent']);
});
