// process.cwd() and process.chdir(), with chdir's errors. Passes under node too.
'use strict';
var assert = require('assert');
var path = require('path');

var start = process.cwd();
assert.ok(path.isAbsolute(start));
assert.strictEqual(start, __dirname);

process.chdir('..');
assert.strictEqual(process.cwd(), path.dirname(__dirname));
process.chdir(__dirname);
assert.strictEqual(process.cwd(), __dirname);

// A directory named outside the BMP.
var smile = path.join(__dirname, 'fixtures', 'dir-\ud83d\ude00');
process.chdir(smile);
assert.strictEqual(process.cwd(), smile);
process.chdir(__dirname);

var missing = path.join(__dirname, 'no-such-directory');
assert.throws(function () { process.chdir(missing); }, function (e) {
  assert.ok(e instanceof Error);
  assert.strictEqual(e.message, "ENOENT: no such file or directory, chdir '" + __dirname + "' -> '" + missing + "'");
  assert.strictEqual(e.code, 'ENOENT');
  assert.strictEqual(e.errno, -2);
  assert.strictEqual(e.syscall, 'chdir');
  assert.strictEqual(e.path, __dirname);
  assert.strictEqual(e.dest, missing);
  return true;
});
assert.strictEqual(process.cwd(), __dirname);
assert.throws(function () { process.chdir('nope-\ud83d\ude00'); }, function (e) {
  return e.code === 'ENOENT' && e.dest === 'nope-\ud83d\ude00' &&
    e.message === "ENOENT: no such file or directory, chdir '" + __dirname + "' -> 'nope-\ud83d\ude00'";
});

assert.throws(function () { process.chdir(__filename); }, function (e) {
  return e.code === 'ENOTDIR' && e.syscall === 'chdir';
});
assert.throws(function () { process.chdir(1); }, function (e) {
  return e instanceof TypeError && e.code === 'ERR_INVALID_ARG_TYPE' &&
    e.message === 'The "directory" argument must be of type string. Received type number (1)';
});
