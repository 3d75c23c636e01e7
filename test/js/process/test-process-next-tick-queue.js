// process.nextTick queue: every argument count reaches the callback as given
// (arguments.length included), `this` is undefined, a tick that throws is
// reported once and the ticks queued after it still run in order, and the
// queue keeps working across many drains. Passes under node too.
'use strict';
var assert = require('assert');

assert.throws(function () { process.nextTick(); }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined'
});

var got = [];
function record() {
  'use strict';
  got.push([this, Array.prototype.slice.call(arguments)]);
}
process.nextTick(record);
process.nextTick(record, 'a');
process.nextTick(record, 'a', 'b');
process.nextTick(record, 'a', 'b', 'c');
process.nextTick(record, 1, 2, 3, 4, 5, 6);
process.nextTick(record, undefined, null);
process.nextTick(function () {
  assert.deepStrictEqual(got, [
    [undefined, []],
    [undefined, ['a']],
    [undefined, ['a', 'b']],
    [undefined, ['a', 'b', 'c']],
    [undefined, [1, 2, 3, 4, 5, 6]],
    [undefined, [undefined, null]]
  ]);
  phase2();
});

// A throwing tick: 'uncaughtException' sees it once, then the rest of the
// queue runs, in order, before any timer.
function phase2() {
  var order = [];
  process.once('uncaughtException', function (err) {
    order.push('caught ' + err.message);
  });
  process.nextTick(function (x) { order.push('before ' + x); }, 1);
  process.nextTick(function () { throw new Error('boom'); });
  process.nextTick(function (x, y) { order.push('after ' + x + y); }, 2, 3);
  process.nextTick(function () {
    process.nextTick(function (a, b, c, d) { order.push('nested ' + (a + b + c + d)); }, 1, 2, 3, 4);
  });
  setTimeout(function () {
    assert.deepStrictEqual(order, ['before 1', 'caught boom', 'after 23', 'nested 10']);
    phase3();
  }, 1);
}

// Many drains, each queueing more from inside: 20000 ticks in all.
function phase3() {
  var left = 20000;
  var sum = 0;
  function step(k) {
    sum += k;
    if (--left > 0) {
      if (left % 100 === 0) setImmediate(function () { process.nextTick(step, 1); });
      else process.nextTick(step, 1);
    } else {
      done = sum;
    }
  }
  process.nextTick(step, 1);
}

var done = 0;
process.on('exit', function () { assert.strictEqual(done, 20000); });
