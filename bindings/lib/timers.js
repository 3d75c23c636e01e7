// Timers as in Node: Timeout objects backed by one libuv timer each
// (bindings/timers.c), and the setImmediate queue run in the check phase.
'use strict';

var binding = internalBinding('timers');
var TIMEOUT_MAX = 2147483647;

var nextId = 1;
var knownTimersById = Object.create(null);

function checkCallback(callback) {
  if (typeof callback !== 'function') {
    var received;
    if (callback === null || callback === undefined) received = String(callback);
    else if (typeof callback === 'object') received = 'an instance of ' + ((callback.constructor && callback.constructor.name) || 'Object');
    else received = 'type ' + typeof callback + ' (' + String(callback) + ')';
    var err = new TypeError('The "callback" argument must be of type function. Received ' + received);
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
}

function normalizeDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(after + ' does not fit into a 32-bit signed integer.' +
        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

function Timeout(callback, after, args, isRepeat, isRefed) {
  this._idleTimeout = normalizeDelay(after);
  this._onTimeout = callback;
  this._timerArgs = args;
  this._repeat = isRepeat ? this._idleTimeout : null;
  this._destroyed = false;
  this._cleared = false;
  this._id = 0;
  this._refed = isRefed;
  binding.start(this, this._idleTimeout);
  if (!isRefed) binding.ref(this, false);
}

Timeout.prototype.unref = function unref() {
  this._refed = false;
  binding.ref(this, false);
  return this;
};
Timeout.prototype.ref = function ref() {
  this._refed = true;
  binding.ref(this, true);
  return this;
};
Timeout.prototype.hasRef = function hasRef() { return this._refed; };
Timeout.prototype.close = function close() {
  clearTimeout(this);
  return this;
};
function toPrimitive() {
  if (this._id === 0) {
    this._id = nextId++;
    knownTimersById[this._id] = this;
  }
  return this._id;
}
if (typeof Symbol === 'function' && Symbol.toPrimitive) {
  Timeout.prototype[Symbol.toPrimitive] = toPrimitive;
}
Timeout.prototype.valueOf = toPrimitive;

function collectArgs(args, from) {
  var n = args.length - from;
  if (n <= 0) return undefined;
  var out = new Array(n);
  for (var i = 0; i < n; i++) out[i] = args[i + from];
  return out;
}

function setTimeout(callback, after) {
  checkCallback(callback);
  return new Timeout(callback, after, collectArgs(arguments, 2), false, true);
}

function setInterval(callback, repeat) {
  checkCallback(callback);
  return new Timeout(callback, repeat, collectArgs(arguments, 2), true, true);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout !== undefined && timer instanceof Timeout) {
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    var known = knownTimersById[timer];
    if (known !== undefined) unenroll(known);
  }
}

function unenroll(timer) {
  timer._cleared = true;
  if (timer._destroyed) return;
  timer._destroyed = true;
  binding.stop(timer);
  if (timer._id !== 0) delete knownTimersById[timer._id];
}

// Called by C when a timer expires.
function onTimeout(timer) {
  if (timer._destroyed) return;
  if (timer._repeat === null) {
    // Done before the callback so that it may refresh() the timer.
    timer._destroyed = true;
    if (timer._id !== 0) delete knownTimersById[timer._id];
  }
  var args = timer._timerArgs;
  try {
    if (args === undefined) timer._onTimeout();
    else timer._onTimeout.apply(timer, args);
  } finally {
    if (timer._repeat !== null && !timer._destroyed) {
      timer._idleTimeout = timer._repeat;
      binding.start(timer, timer._repeat);
    }
  }
}

// refresh() after expiry re-arms: it clears the destroyed mark.
Timeout.prototype.refresh = function refresh() {
  if (this._destroyed && !this._cleared) {
    this._destroyed = false;
  }
  if (!this._destroyed) binding.start(this, this._idleTimeout);
  return this;
};

// ---- setImmediate ----

function Immediate(callback, args) {
  this._onImmediate = callback;
  this._argv = args;
  this._destroyed = false;
  this._refed = true;
  this._next = null;
  this._prev = null;
  this._list = null;
}

Immediate.prototype.ref = function ref() {
  if (!this._refed && !this._destroyed) {
    this._refed = true;
    refCount++;
    update();
  }
  return this;
};
Immediate.prototype.unref = function unref() {
  if (this._refed && !this._destroyed) {
    this._refed = false;
    refCount--;
    update();
  }
  return this;
};
Immediate.prototype.hasRef = function hasRef() { return this._refed; };

// A doubly linked list: clearImmediate is O(1).
function List() {
  this.head = null;
  this.tail = null;
}
List.prototype.append = function (item) {
  item._list = this;
  if (this.tail !== null) {
    this.tail._next = item;
    item._prev = this.tail;
  } else {
    this.head = item;
  }
  this.tail = item;
};
List.prototype.remove = function (item) {
  if (item._next !== null) item._next._prev = item._prev;
  if (item._prev !== null) item._prev._next = item._next;
  if (item === this.head) this.head = item._next;
  if (item === this.tail) this.tail = item._prev;
  item._next = null;
  item._prev = null;
  item._list = null;
};

var queue = new List();        // immediates for the next check phase
var outstanding = new List();  // the ones being run now
var count = 0;
var refCount = 0;

function update() {
  binding.immediateInfo(count, refCount);
}

function setImmediate(callback) {
  checkCallback(callback);
  var immediate = new Immediate(callback, collectArgs(arguments, 1));
  queue.append(immediate);
  count++;
  refCount++;
  update();
  return immediate;
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed || !(immediate instanceof Immediate)) return;
  immediate._destroyed = true;
  count--;
  if (immediate._refed) refCount--;
  immediate._refed = false;
  update();
  immediate._onImmediate = null;
  if (immediate._list !== null) immediate._list.remove(immediate);
}

var drainTicks = null;

// Called by C in the check phase. Runs the immediates queued before this
// phase; those queued while running wait for the next iteration. After each
// one, the nextTick queue and the microtasks run (Node >= 11). If one throws,
// C reports it and calls again: the rest are still in `outstanding`.
function processImmediates() {
  if (drainTicks === null) drainTicks = require('internal/process/task_queues').processTicksAndRejections;
  if (outstanding.head === null) {
    outstanding = queue;
    queue = new List();
  }
  var immediate;
  while ((immediate = outstanding.head) !== null) {
    outstanding.remove(immediate);
    if (immediate._destroyed) continue;
    immediate._destroyed = true;
    count--;
    if (immediate._refed) refCount--;
    immediate._refed = false;
    update();
    var cb = immediate._onImmediate;
    var args = immediate._argv;
    if (args === undefined) cb.call(immediate);
    else cb.apply(immediate, args);
    drainTicks();
  }
}

exports.setTimeout = setTimeout;
exports.clearTimeout = clearTimeout;
exports.setInterval = setInterval;
exports.clearInterval = clearTimeout;
exports.setImmediate = setImmediate;
exports.clearImmediate = clearImmediate;
exports.Timeout = Timeout;
exports.Immediate = Immediate;
exports._onTimeout = onTimeout;
exports._processImmediates = processImmediates;
exports._unrefActive = function (item) { if (item && item.refresh) item.refresh(); };
exports.active = function (item) { if (item && item.refresh) item.refresh(); };
exports.unenroll = unenroll;
