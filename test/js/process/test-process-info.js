// hrtime (with and without argument, and its errors), uptime, memoryUsage,
// pid/ppid, platform/arch/version/versions. Passes under node too.
'use strict';
var assert = require('assert');

var t = process.hrtime();
assert.ok(Array.isArray(t));
assert.strictEqual(t.length, 2);
assert.ok(t[0] >= 0 && t[1] >= 0 && t[1] < 1e9 && Math.floor(t[1]) === t[1]);
var d = process.hrtime(t);
assert.ok(d[0] >= 0 && d[0] < 5 && d[1] >= 0 && d[1] < 1e9, String(d));
// A start in the future's nanoseconds: the difference borrows a second.
var later = process.hrtime([t[0] - 1, 999999999]);
assert.ok(later[0] >= 0 && later[1] >= 0 && later[1] < 1e9, String(later));

assert.throws(function () { process.hrtime(1); }, function (e) {
  return e instanceof TypeError && e.code === 'ERR_INVALID_ARG_TYPE' &&
    e.message === 'The "time" argument must be an instance of Array. Received type number (1)';
});
assert.throws(function () { process.hrtime('ab'); }, function (e) {
  return e.code === 'ERR_INVALID_ARG_TYPE' &&
    e.message === "The \"time\" argument must be an instance of Array. Received type string ('ab')";
});
assert.throws(function () { process.hrtime([1]); }, function (e) {
  return e instanceof RangeError && e.code === 'ERR_OUT_OF_RANGE' &&
    e.message === 'The value of "time" is out of range. It must be 2. Received 1';
});
assert.throws(function () { process.hrtime([1, 2, 3]); }, function (e) {
  return e.code === 'ERR_OUT_OF_RANGE' && /Received 3$/.test(e.message);
});

var up = process.uptime();
assert.strictEqual(typeof up, 'number');
assert.ok(up >= 0 && up < 60, String(up));

var mem = process.memoryUsage();
assert.deepStrictEqual(Object.keys(mem), ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']);
Object.keys(mem).forEach(function (k) { assert.strictEqual(typeof mem[k], 'number', k); });
assert.ok(mem.rss > 0 && mem.heapUsed > 0 && mem.heapTotal >= mem.heapUsed);
assert.strictEqual(typeof process.memoryUsage.rss(), 'number');

assert.strictEqual(typeof process.pid, 'number');
assert.strictEqual(typeof process.ppid, 'number');
assert.ok(process.pid > 0 && process.ppid > 0 && process.pid !== process.ppid);
assert.strictEqual(process.platform, 'linux');
assert.ok(['x64', 'arm64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64'].indexOf(process.arch) !== -1);
assert.ok(/^v\d+\.\d+\.\d+$/.test(process.version), process.version);
assert.strictEqual(process.version, 'v' + process.versions.node);
['node', 'uv', 'zlib'].forEach(function (k) {
  assert.strictEqual(typeof process.versions[k], 'string', k);
  assert.ok(/^\d+\.\d+/.test(process.versions[k]), k + ' ' + process.versions[k]);
});
assert.strictEqual(process.release.name, 'node');
assert.strictEqual(typeof process.title, 'string');
