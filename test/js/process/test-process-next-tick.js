// process.nextTick: arguments, order against promises/timers, its TypeError.
// Passes under node too.
'use strict';
var assert = require('assert');

var order = [];
process.nextTick(function (a, b, c) {
  assert.strictEqual(arguments.length, 3);
  order.push('tick1 ' + a + ' ' + b + ' ' + c);
  process.nextTick(function () { order.push('nested tick'); });
}, 1, 'two', undefined);
process.nextTick(function () {
  assert.strictEqual(arguments.length, 0);
  order.push('tick2');
});
setTimeout(function () { order.push('timeout'); }, 0);
setImmediate(function () { order.push('immediate'); });
order.push('sync');

[undefined, null, 1, 'fn', {}].forEach(function (bad) {
  assert.throws(function () { process.nextTick(bad); }, function (e) {
    return e instanceof TypeError && e.code === 'ERR_INVALID_ARG_TYPE' &&
      e.message.indexOf('The "callback" argument must be of type function. Received ') === 0;
  });
});
assert.throws(function () { process.nextTick(1); }, function (e) {
  return e.message === 'The "callback" argument must be of type function. Received type number (1)';
});

process.on('exit', function () {
  assert.deepStrictEqual(order.slice(0, 4), ['sync', 'tick1 1 two undefined', 'tick2', 'nested tick']);
  assert.strictEqual(order.length, 6);
  assert.ok(order.indexOf('timeout') > 3 && order.indexOf('immediate') > 3);
  // Ticks scheduled during 'exit' never run.
  process.nextTick(function () { throw new Error('tick ran after exit'); });
});
