// open/close in their sync and callback forms: flags strings, modes, fds,
// argument errors and the arguments callbacks get.
'use strict';
var fs = require('fs');
var assert = require('assert');
var tmp = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/duv-fs-open-');
process.on('exit', function () { fs.rmSync(tmp, { recursive: true, force: true }); });

var file = tmp + '/a.txt';
var fd = fs.openSync(file, 'w', 0o600);
assert.strictEqual(typeof fd, 'number');
assert.ok(fd > 2);
assert.strictEqual(fs.fstatSync(fd).mode & 0o777, 0o600);
fs.closeSync(fd);

// EEXIST with 'wx', ENOENT with 'r'.
assert.throws(function () { fs.openSync(file, 'wx'); }, {
  code: 'EEXIST', syscall: 'open', path: file, errno: -17,
  message: "EEXIST: file already exists, open '" + file + "'"
});
assert.throws(function () { fs.openSync(tmp + '/nope', 'r'); }, {
  code: 'ENOENT', message: "ENOENT: no such file or directory, open '" + tmp + "/nope'"
});
assert.throws(function () { fs.openSync(tmp, 'w'); }, {
  code: 'EISDIR', message: "EISDIR: illegal operation on a directory, open '" + tmp + "'"
});
assert.throws(function () { fs.openSync(file + '/x', 'r'); }, {
  code: 'ENOTDIR', message: "ENOTDIR: not a directory, open '" + file + "/x'"
});

// Every flag string Node knows opens; 'r+' and 'a' keep content.
['r', 'rs', 'sr', 'r+', 'rs+', 'w', 'w+', 'a', 'a+', 'as', 'as+', 'sa', 'sa+'].forEach(function (f) {
  fs.closeSync(fs.openSync(file, f));
});
fs.closeSync(fs.openSync(file, fs.constants.O_RDONLY));

// Argument errors.
assert.throws(function () { fs.openSync(file, 'bad'); }, {
  code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
  message: "The argument 'flags' is invalid. Received 'bad'"
});
assert.throws(function () { fs.openSync(file, 'r', 'bad'); }, {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'bad'"
});
assert.throws(function () { fs.openSync(file, 'r', -1); }, {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "mode" is out of range. It must be >= 0 && <= 4294967295. Received -1'
});
assert.throws(function () { fs.openSync(5); }, {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received type number (5)'
});
assert.throws(function () { fs.closeSync(-1); }, {
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
  message: 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1'
});
assert.throws(function () { fs.closeSync(1.5); }, {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "fd" is out of range. It must be an integer. Received 1.5'
});
assert.throws(function () { fs.closeSync('x'); }, {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "fd" argument must be of type number. Received type string (\'x\')'
});
assert.throws(function () { fs.open(file, 'r'); }, {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "cb" argument must be of type function. Received type string (\'r\')'
});

// Closing twice: EBADF.
var fd2 = fs.openSync(file, 'r');
fs.closeSync(fd2);
assert.throws(function () { fs.closeSync(fd2); }, {
  code: 'EBADF', syscall: 'close', message: 'EBADF: bad file descriptor, close'
});

// Callback forms: open gives (err, fd); close gives (err) alone.
var order = [];
fs.open(file, function (err, fd3) {
  assert.strictEqual(arguments.length, 2);
  assert.strictEqual(err, null);
  order.push('open');
  fs.close(fd3, function (err2) {
    assert.strictEqual(arguments.length, 1);
    assert.strictEqual(err2, null);
    order.push('close');
    fs.close(fd3, function (err3) {
      assert.strictEqual(arguments.length, 1);
      assert.strictEqual(err3.code, 'EBADF');
      order.push('ebadf');
    });
  });
});
fs.open(tmp + '/missing', 'r', 0o666, function (err) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.path, tmp + '/missing');
  order.push('enoent');
});
order.push('sync');
process.on('exit', function () {
  assert.deepStrictEqual(order.slice().sort(), ['close', 'ebadf', 'enoent', 'open', 'sync']);
  assert.strictEqual(order[0], 'sync');
});
