// queueMicrotask shares the queue with promise reactions, in order; an error
// thrown by a callback is an uncaught exception and the rest of the queue
// still runs.
'use strict';
var assert = require('assert');
var log = [];
process.on('uncaughtException', function (err, origin) {
  log.push('uncaught ' + err.message + ' ' + origin);
});
queueMicrotask(function () { log.push('m1'); throw new Error('m1 threw'); });
Promise.resolve().then(function () { log.push('p1'); });
queueMicrotask(function () { log.push('m2'); });
Promise.reject('handled').catch(function () { log.push('p2'); });
assert.throws(function () { queueMicrotask(5); }, function (e) {
  return e instanceof TypeError && e.code === 'ERR_INVALID_ARG_TYPE' &&
    e.message === 'The "callback" argument must be of type function. Received type number (5)';
});
assert.strictEqual(queueMicrotask.length, 1);
assert.strictEqual(queueMicrotask.name, 'queueMicrotask');
// A long run of microtasks queued by microtasks (the queue grows as it runs).
var n = 0;
function again() { if (++n < 5000) queueMicrotask(again); }
queueMicrotask(again);
// Jobs queued while the queue wraps around and grows keep their order.
var seq = [];
var expected = [];
for (var i = 0; i < 50; i++) {
  (function (k) {
    queueMicrotask(function () {
      seq.push(k);
      queueMicrotask(function () { seq.push(100 + k); });
      Promise.resolve(200 + k).then(function (v) { seq.push(v); });
    });
  })(i);
  expected.push(i);
}
for (var j = 0; j < 50; j++) expected.push(100 + j, 200 + j);
process.on('exit', function () {
  assert.deepStrictEqual(seq, expected);
  assert.deepStrictEqual(log, ['m1', 'uncaught m1 threw uncaughtException', 'p1', 'm2', 'p2']);
  assert.strictEqual(n, 5000);
  console.log('ok');
});
