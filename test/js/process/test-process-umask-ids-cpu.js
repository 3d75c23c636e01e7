// process.umask (read, set by number and octal string, errors), the uid/gid
// getters, getgroups and cpuUsage. Passes under node too.
'use strict';
var assert = require('assert');

var original = process.umask();
assert.strictEqual(typeof original, 'number');
assert.strictEqual(process.umask('027'), original);
assert.strictEqual(process.umask(), 23);
assert.strictEqual(process.umask(0x3f), 23);
assert.strictEqual(process.umask(), 0x3f);
assert.strictEqual(process.umask(0xfff), 0x3f);
assert.strictEqual(process.umask(), 0x1ff); // only the permission bits are kept
process.umask(original);
assert.strictEqual(process.umask(), original);

assert.throws(function () { process.umask('8'); }, function (e) {
  return e instanceof TypeError && e.code === 'ERR_INVALID_ARG_VALUE' &&
    e.message === "The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received '8'";
});
assert.throws(function () { process.umask(-1); }, function (e) {
  return e instanceof RangeError && e.code === 'ERR_OUT_OF_RANGE' &&
    e.message === 'The value of "mask" is out of range. It must be >= 0 && <= 4294967295. Received -1';
});
assert.throws(function () { process.umask(1.5); }, function (e) {
  return e.code === 'ERR_OUT_OF_RANGE' && /It must be an integer. Received 1.5$/.test(e.message);
});
assert.throws(function () { process.umask(true); }, function (e) {
  return e.code === 'ERR_INVALID_ARG_TYPE' &&
    e.message === 'The "mask" argument must be of type number. Received type boolean (true)';
});
assert.strictEqual(process.umask(), original);

['getuid', 'geteuid', 'getgid', 'getegid'].forEach(function (name) {
  var id = process[name]();
  assert.strictEqual(typeof id, 'number', name);
  assert.ok(id >= 0 && Math.floor(id) === id, name);
});
var groups = process.getgroups();
assert.ok(Array.isArray(groups));
assert.ok(groups.indexOf(process.getegid()) !== -1);

// Spin until the process has surely been charged user time: duv starts in
// ~2 ms, so a fresh process may not have a scheduler tick of user time yet.
var until = Date.now() + 20;
while (Date.now() < until) { /* burn CPU */ }
var u1 = process.cpuUsage();
assert.deepStrictEqual(Object.keys(u1), ['user', 'system']);
assert.ok(u1.user > 0 && u1.system >= 0, JSON.stringify(u1));
var spent = 0;
for (var i = 0; i < 20000; i++) spent += Math.sqrt(i);
var diff = process.cpuUsage(u1);
assert.ok(diff.user >= 0 && diff.system >= 0, JSON.stringify(diff));
assert.throws(function () { process.cpuUsage(1); }, function (e) {
  return e.code === 'ERR_INVALID_ARG_TYPE' &&
    e.message === 'The "prevValue" argument must be of type object. Received type number (1)';
});
assert.throws(function () { process.cpuUsage({ user: -1, system: 0 }); }, function (e) {
  return e.code === 'ERR_INVALID_ARG_VALUE' && e.message === "The property 'prevValue.user' is invalid. Received -1";
});
assert.throws(function () { process.cpuUsage({ user: 0, system: 'a' }); }, function (e) {
  return e.code === 'ERR_INVALID_ARG_TYPE' &&
    e.message === "The \"prevValue.system\" property must be of type number. Received type string ('a')";
});
