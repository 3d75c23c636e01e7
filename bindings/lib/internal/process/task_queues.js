// process.nextTick and the tick processor C runs after each callback:
// the whole nextTick queue, then the microtasks, until both are empty.
'use strict';

var binding = internalBinding('process');
var runMicrotasks = binding.runMicrotasks;
var setTickScheduled = binding.setTickScheduled;

// A growing array with a read index: no shift() (linear in Duktape).
var queue = [];
var head = 0;

// Set by the Promise implementation: returns true when it emitted anything
// that may have queued more work.
var rejectionProcessor = null;

function nextTick(callback) {
  if (typeof callback !== 'function') {
    var err = new TypeError('The "callback" argument must be of type function. Received ' +
      describe(callback));
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (process._exiting) return;
  var args;
  var n = arguments.length;
  if (n > 1) {
    args = new Array(n - 1);
    for (var i = 1; i < n; i++) args[i - 1] = arguments[i];
  }
  if (head === queue.length) setTickScheduled(true);
  queue.push({ callback: callback, args: args });
}

function describe(v) {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'object') return 'an instance of ' + (v.constructor && v.constructor.name || 'Object');
  return 'type ' + typeof v + ' (' + String(v) + ')';
}

function processTicksAndRejections() {
  do {
    while (head < queue.length) {
      var tock = queue[head];
      queue[head++] = undefined;
      var args = tock.args;
      if (args === undefined) tock.callback();
      else tock.callback.apply(undefined, args);
    }
    queue = [];
    head = 0;
    runMicrotasks();
  } while (head < queue.length || (rejectionProcessor !== null && rejectionProcessor()));
  setTickScheduled(false);
}

function setRejectionProcessor(fn) {
  rejectionProcessor = fn;
}

exports.nextTick = nextTick;
exports.processTicksAndRejections = processTicksAndRejections;
exports.setRejectionProcessor = setRejectionProcessor;
