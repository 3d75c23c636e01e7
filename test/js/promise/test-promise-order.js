// When reactions run: as microtasks, in the order they were registered,
// after process.nextTick callbacks and before timers and immediates; and the
// extra ticks the spec adds when a promise is resolved with a thenable.
'use strict';
var assert = require('assert');
var log = [];

setTimeout(function () { log.push('timeout'); }, 0);
setImmediate(function () { log.push('immediate'); });
process.nextTick(function () { log.push('tick1'); });
var p = Promise.resolve();
p.then(function () {
  log.push('then1');
  process.nextTick(function () { log.push('tick-from-then'); });
  Promise.resolve().then(function () { log.push('then-from-then'); });
});
p.then(function () { log.push('then2'); });
queueMicrotask(function () { log.push('micro'); });
process.nextTick(function () { log.push('tick2'); });
log.push('main');

// Resolving with a native promise takes two extra jobs (the thenable job,
// then the reaction); resolving with a value takes none.
var order = [];
var base = Promise.resolve();
new Promise(function (res) { res(base); }).then(function () { order.push('adopted'); });
base.then(function () { order.push(1); }).then(function () { order.push(2); }).then(function () { order.push(3); });
// A then handler returning a promise: two extra jobs as well.
Promise.resolve().then(function () { return Promise.resolve(); }).then(function () { order.push('returned'); });
// A thenable's then runs in a job of its own, not synchronously.
var thenCalled = false;
Promise.resolve({ then: function (res) { thenCalled = true; res('t'); } }).then(function (v) { order.push(v); });
assert.strictEqual(thenCalled, false);

// Handlers added to an already-settled promise still run asynchronously.
var sync = true;
Promise.resolve(5).then(function (v) { assert.strictEqual(sync, false); assert.strictEqual(v, 5); });
Promise.reject(6).catch(function (r) { assert.strictEqual(sync, false); assert.strictEqual(r, 6); });
sync = false;

// Many reactions on one promise run in registration order.
var d;
var many = [];
var deferred = new Promise(function (res) { d = res; });
for (var i = 0; i < 10; i++) (function (k) { deferred.then(function () { many.push(k); }); })(i);
setTimeout(function () { d(); }, 1);

process.on('exit', function () {
  // Whether a 0 ms timeout or an immediate comes first from the main module
  // depends on timing, in Node too; both come after every microtask.
  assert.deepStrictEqual(log.slice(0, 8), ['main', 'tick1', 'tick2', 'then1', 'then2', 'micro',
    'then-from-then', 'tick-from-then']);
  assert.deepStrictEqual(log.slice(8).sort(), ['immediate', 'timeout']);
  assert.deepStrictEqual(order, [1, 2, 't', 'adopted', 3, 'returned']);
  assert.deepStrictEqual(many, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  console.log('ok');
});
