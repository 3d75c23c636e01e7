// Timer, immediate, nextTick and microtask order as Node defines it.
var assert = require('assert');
var log = [];
setTimeout(function () { log.push('t2'); }, 2);
setTimeout(function () {
  log.push('t1');
  process.nextTick(function () { log.push('t1-tick'); });
  queueMicrotask(function () { log.push('t1-micro'); });
}, 1);
setTimeout(function () { log.push('t1b'); }, 1);
setImmediate(function () {
  log.push('i1');
  setImmediate(function () { log.push('i3'); });
  process.nextTick(function () { log.push('i1-tick'); });
});
setImmediate(function () { log.push('i2'); });
queueMicrotask(function () { log.push('micro'); });
process.nextTick(function () { log.push('tick'); });
log.push('main');

// Checked at exit, not from a timer: on a loaded machine a slow start can
// expire every timer in the first loop iteration.
process.on('exit', function () {
  var idx = function (x) { return log.indexOf(x); };
  assert.deepStrictEqual(log.slice(0, 3), ['main', 'tick', 'micro']);
  // Timers of one duration fire in creation order, each followed by its ticks.
  assert.ok(idx('t1') < idx('t1-tick') && idx('t1-tick') < idx('t1-micro') && idx('t1-micro') < idx('t1b'));
  assert.ok(idx('t1b') < idx('t2'));
  // Immediates queued during the check phase wait for the next iteration.
  assert.ok(idx('i1') < idx('i1-tick') && idx('i1-tick') < idx('i2') && idx('i2') < idx('i3'));
  console.log('ok');
});
