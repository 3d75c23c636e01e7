// process.nextTick and the tick processor C runs after each callback:
// the whole nextTick queue, then the microtasks, until both are empty.
'use strict';

var binding = internalBinding('process');
var runMicrotasks = binding.runMicrotasks;
var setTickScheduled = binding.setTickScheduled;

// The queue process.nextTick (vm/next_tick.c, native) appends to: per tick
// the callback, the number of arguments, then the arguments. It is emptied
// in place (length = 0) once read to the end, so its storage is kept.
var queue = binding.tickQueue;
var head = 0;

// Set by the Promise implementation: returns true when it emitted anything
// that may have queued more work.
var rejectionProcessor = null;

// Each tick is taken out of the queue before it runs (head moves past it),
// so a callback that throws is not run again when C calls back in to go on
// with the rest.
function processTicksAndRejections() {
  var callback, n, a, b, args;
  do {
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
    runMicrotasks();
  } while (head < queue.length || (rejectionProcessor !== null && rejectionProcessor()));
  setTickScheduled(false);
}

function setRejectionProcessor(fn) {
  rejectionProcessor = fn;
}

exports.nextTick = binding.nextTick;
exports.processTicksAndRejections = processTicksAndRejections;
exports.setRejectionProcessor = setRejectionProcessor;
