// process.nextTick's queue and the tick runner the drain in C calls after
// each callback (vm/next_tick.c): ticks, then microtasks, until both are empty.
'use strict';

var binding = internalBinding('process');

// The queue process.nextTick (vm/next_tick.c, native) appends to: per tick
// the callback, the number of arguments, then the arguments. It is emptied
// in place (length = 0) once read to the end, so its storage is kept.
var queue = binding.tickQueue;
var head = 0;

// Runs the queue to its end, ticks queued meanwhile included; the drain in
// C (vm/next_tick.c) calls it, then runs the microtasks. Each tick is taken
// out of the queue before it runs (head moves past it), so a callback that
// throws is not run again when the drain calls back in for the rest.
function runTicks() {
  var callback, n, a, b, args;
  while (head < queue.length) {
    callback = queue[head];
    n = queue[head + 1];
    queue[head] = undefined;
    head += 2;
    if (n === 0) {
      callback();
      continue;
    }
    a = queue[head];
    queue[head] = undefined;
    if (n === 1) {
      head += 1;
      callback(a);
      continue;
    }
    b = queue[head + 1];
    queue[head + 1] = undefined;
    if (n === 2) {
      head += 2;
      callback(a, b);
      continue;
    }
    args = queue.slice(head, head + n);
    args[0] = a;
    args[1] = b;
    for (var i = 2; i < n; i++) queue[head + i] = undefined;
    head += n;
    callback.apply(undefined, args);
  }
  queue.length = 0;
  head = 0;
}

exports.nextTick = binding.nextTick;
exports.runTicks = runTicks;
// The whole drain (ticks, microtasks, rejections), for timers.js.
exports.processTicksAndRejections = binding.processTicksAndRejections;
