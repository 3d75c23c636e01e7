// Unhandled promise rejections, as Node 20 handles them by default
// (--unhandled-rejections=throw). The tracking is native
// (vm/promise_rejections.c); this runs when the microtask queue has drained
// and something is left to report, and decides what to emit.
'use strict';

var binding = internalBinding('promise');

function PromiseRejectionHandledWarning(uid) {
  var err = new Error('Promise rejection was handled asynchronously (rejection id: ' + uid + ')');
  err.name = 'PromiseRejectionHandledWarning';
  err.id = uid;
  return err;
}

function UnhandledPromiseRejection(reason) {
  var err = new Error('This error originated either by throwing inside of an async function ' +
    'without a catch block, or by rejecting a promise which was not handled with .catch(). ' +
    'The promise rejected with the reason "' + binding.describe(reason) + '".');
  Object.setPrototypeOf(err, UnhandledPromiseRejection.prototype);
  err.code = 'ERR_UNHANDLED_REJECTION';
  err.name = 'UnhandledPromiseRejection';
  return err;
}
UnhandledPromiseRejection.prototype = Object.create(Error.prototype, {
  constructor: { value: UnhandledPromiseRejection, writable: true, configurable: true }
});

function isErrorLike(o) {
  return typeof o === 'object' && o !== null &&
    (Object.prototype.hasOwnProperty.call(o, 'stack') || o instanceof Error);
}

// Node's processPromiseRejections: first 'rejectionHandled' for promises
// handled after their 'unhandledRejection', then every rejection still
// unhandled: 'unhandledRejection' listeners, or an uncaught exception (origin
// 'unhandledRejection'). Returns whether anything ran that may have queued
// more ticks or microtasks.
function processPromiseRejections() {
  var maybeScheduledTicksOrMicrotasks = false;
  var entry;
  while ((entry = binding.nextHandledLate()) !== null) {
    maybeScheduledTicksOrMicrotasks = true;
    if (!process.emit('rejectionHandled', entry[0])) {
      process.emitWarning(PromiseRejectionHandledWarning(entry[1]));
    }
  }
  // Node takes the whole batch first: when a listener throws, the rest of
  // the batch is dropped unreported.
  var len = binding.pendingCount();
  try {
    while (len > 0) {
      len--;
      entry = binding.nextUnhandled();
      if (entry === undefined) break;
      if (entry === null) continue;
      maybeScheduledTicksOrMicrotasks = true;
      var reason = entry[1];
      if (!process.emit('unhandledRejection', reason, entry[0])) {
        binding.triggerUncaughtException(isErrorLike(reason) ? reason : UnhandledPromiseRejection(reason));
      }
    }
  } finally {
    if (len > 0) binding.dropPending(len);
  }
  return maybeScheduledTicksOrMicrotasks || binding.pendingCount() !== 0;
}

function setup() {
  binding.setRejectionHandler(processPromiseRejections);
}

exports.setup = setup;
