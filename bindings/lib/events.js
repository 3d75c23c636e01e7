// EventEmitter with Node's semantics: listener order, once wrappers,
// 'newListener'/'removeListener', the 'error' event, and max-listener warnings.
'use strict';

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

var errors = require('internal/util/errors');

EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

var defaultMaxListeners = 10;
var kErrorMonitor = Symbol('events.errorMonitor');
var kCapture = Symbol('kCapture');
var kShapeMode = Symbol('shapeMode');
var kRejection = Symbol.for('nodejs.rejection');
var captureRejectionsDefault = false;
EventEmitter.errorMonitor = kErrorMonitor;
EventEmitter.captureRejectionSymbol = kRejection;

Object.defineProperty(EventEmitter, 'captureRejections', {
  enumerable: true,
  get: function () { return captureRejectionsDefault; },
  set: function (value) {
    if (typeof value !== 'boolean') {
      throw errors.invalidArgType('EventEmitter.captureRejections', 'of type boolean', value);
    }
    captureRejectionsDefault = value;
  }
});

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get: function () { return defaultMaxListeners; },
  set: function (n) {
    checkMaxListeners(n, 'defaultMaxListeners');
    defaultMaxListeners = n;
  }
});

function checkMaxListeners(n, name) {
  if (typeof n !== 'number') throw errors.invalidArgType(name, 'of type number', n);
  if (n < 0 || n !== n) throw errors.outOfRange(name, '>= 0', n);
}

function checkListener(listener) {
  if (typeof listener !== 'function') throw errors.invalidArgType('listener', 'of type function', listener);
}

EventEmitter.init = function (opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
  // Node 20 keeps this own flag (util.inspect shows it).
  this[kShapeMode] = false;
  if (opts && opts.captureRejections !== undefined) {
    if (typeof opts.captureRejections !== 'boolean') {
      throw errors.invalidArgType('options.captureRejections', 'of type boolean', opts.captureRejections);
    }
    this[kCapture] = opts.captureRejections;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};
EventEmitter.prototype[kCapture] = false;

function isEventEmitter(value) {
  return value !== null && typeof value === 'object' && typeof value.on === 'function' &&
    typeof value.removeListener === 'function' && typeof value.emit === 'function';
}

// events.setMaxListeners(n[, ...emitters]): every emitter given, or the
// default for emitters made later.
EventEmitter.setMaxListeners = function (n) {
  if (n === undefined) n = defaultMaxListeners;
  checkMaxListeners(n, 'setMaxListeners');
  if (arguments.length <= 1) {
    defaultMaxListeners = n;
    return;
  }
  for (var i = 1; i < arguments.length; i++) {
    var target = arguments[i];
    if (!isEventEmitter(target)) {
      throw errors.nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        'The "eventTargets" argument must be an instance of EventEmitter or EventTarget. ' +
        errors.describeReceived(target));
    }
    target.setMaxListeners(n);
  }
};

EventEmitter.getMaxListeners = function getMaxListeners(emitter) {
  if (!isEventEmitter(emitter)) {
    throw errors.nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "emitter" argument must be an instance of EventEmitter or EventTarget. ' +
      errors.describeReceived(emitter));
  }
  return emitter.getMaxListeners();
};

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  checkMaxListeners(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

function maxListenersOf(that) {
  return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() { return maxListenersOf(this); };

// emit: the common case runs in C (bindings/events.c: no arguments object
// per call); this is the whole algorithm, which the C side falls back to.
function emitSlow(type) {
  var events = this._events;
  var doError = type === 'error';
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) {
      var margs = Array.prototype.slice.call(arguments);
      margs[0] = kErrorMonitor;
      this.emit.apply(this, margs);
    }
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }

  if (doError) {
    var er = arguments[1];
    if (er instanceof Error) throw er;
    var err = errors.nodeError(Error, 'ERR_UNHANDLED_ERROR', 'Unhandled error. (' + stringifyError(er) + ')');
    err.context = er;
    throw err;
  }

  var handler = events[type];
  if (handler === undefined) return false;

  var n = arguments.length;
  var result;
  var capture = this[kCapture] === true;
  if (typeof handler === 'function') {
    if (n === 1) result = handler.call(this);
    else if (n === 2) result = handler.call(this, arguments[1]);
    else if (n === 3) result = handler.call(this, arguments[1], arguments[2]);
    else result = handler.apply(this, Array.prototype.slice.call(arguments, 1));
    if (capture && result !== undefined && result !== null) captureRejection(this, result, type, arguments);
  } else {
    var listeners = handler.slice();
    var args = n > 1 ? Array.prototype.slice.call(arguments, 1) : [];
    for (var i = 0; i < listeners.length; i++) {
      result = listeners[i].apply(this, args);
      if (capture && result !== undefined && result !== null) captureRejection(this, result, type, arguments);
    }
  }
  return true;
}
EventEmitter.prototype.emit = internalBinding('events').makeEmit(emitSlow, kCapture);

// captureRejections: a listener's rejected promise becomes the emitter's
// 'error' event (or a call of its Symbol.for('nodejs.rejection') method).
function captureRejection(emitter, promise, type, emitArgs) {
  var then = promise.then;
  if (typeof then !== 'function') return;
  var args = Array.prototype.slice.call(emitArgs, 1);
  then.call(promise, undefined, function (err) {
    process.nextTick(function () {
      if (typeof emitter[kRejection] === 'function') {
        emitter[kRejection].apply(emitter, [err, type].concat(args));
        return;
      }
      var prev = emitter[kCapture];
      try {
        emitter[kCapture] = false;
        emitter.emit('error', err);
      } finally {
        emitter[kCapture] = prev;
      }
    });
  });
}

function stringifyError(er) {
  try {
    return require('internal/util/inspect').inspect(er);
  } catch (e) {
    return String(er);
  }
}

function addListenerTo(target, type, listener, prepend) {
  checkListener(listener);
  var events = target._events;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ? listener.listener : listener);
    events = target._events;
  }
  var existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    var m = maxListenersOf(target);
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      var w = new Error('Possible EventEmitter memory leak detected. ' + existing.length + ' ' +
        String(type) + ' listeners added to ' +
        require('internal/util/inspect').inspect(target, { depth: -1 }) + '. MaxListeners is ' + m +
        '. Use emitter.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.emitter = target;
      w.type = type;
      w.count = existing.length;
      if (typeof process !== 'undefined' && process.emitWarning) process.emitWarning(w);
    }
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerTo(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;
EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListenerTo(this, type, listener, true);
};

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return this.listener.apply(this.target, arguments);
  }
}

function onceWrap(target, type, listener) {
  var state = { fired: false, wrapFn: undefined, target: target, type: type, listener: listener };
  var wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  var events = this._events;
  if (events === undefined) return this;
  var list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    if (--this._eventsCount === 0) this._events = Object.create(null);
    else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    var position = -1;
    for (var i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    var removed = list[position];
    if (position === 0) list.shift();
    else list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, removed.listener || listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  var events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    return this;
  }
  if (arguments.length === 0) {
    var keys = Reflect.ownKeys(events);
    for (var i = 0; i < keys.length; i++) {
      if (keys[i] === 'removeListener') continue;
      this.removeAllListeners(keys[i]);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    return this;
  }
  var listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (var j = listeners.length - 1; j >= 0; j--) this.removeListener(type, listeners[j]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  var events = target._events;
  if (events === undefined) return [];
  var l = events[type];
  if (l === undefined) return [];
  if (typeof l === 'function') return unwrap ? [l.listener || l] : [l];
  var out = new Array(l.length);
  for (var i = 0; i < l.length; i++) out[i] = unwrap ? (l[i].listener || l[i]) : l[i];
  return out;
}

EventEmitter.prototype.listeners = function listeners(type) { return listenersOf(this, type, true); };
EventEmitter.prototype.rawListeners = function rawListeners(type) { return listenersOf(this, type, false); };

function listenerCount(type) {
  var events = this._events;
  if (events !== undefined) {
    var l = events[type];
    if (typeof l === 'function') return 1;
    if (l !== undefined) return l.length;
  }
  return 0;
}
EventEmitter.prototype.listenerCount = listenerCount;
EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

EventEmitter.once = function once(emitter, name, options) {
  return new Promise(function (resolve, reject) {
    // An EventTarget (anything with addEventListener): a once listener, and
    // no 'error' special case, as Node.
    if (!isEventEmitter(emitter) && emitter !== null && typeof emitter === 'object' &&
        typeof emitter.addEventListener === 'function') {
      emitter.addEventListener(name, function (event) { resolve([event]); }, { once: true });
      return;
    }
    if (!isEventEmitter(emitter)) {
      throw errors.nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        'The "emitter" argument must be an instance of EventEmitter. ' + errors.describeReceived(emitter));
    }
    function errorListener(err) {
      emitter.removeListener(name, resolver);
      reject(err);
    }
    function resolver() {
      if (name !== 'error') emitter.removeListener('error', errorListener);
      resolve(Array.prototype.slice.call(arguments));
    }
    emitter.once(name, resolver);
    if (name !== 'error') emitter.once('error', errorListener);
  });
};

// events.on(emitter, name): an async iterator of the event's argument arrays
// (Duktape has no for await: call next() and use the promises). An 'error'
// event rejects the pending next() and ends the iterator.
EventEmitter.on = function on(emitter, name) {
  if (!isEventEmitter(emitter)) {
    throw errors.nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "emitter" argument must be an instance of EventEmitter or EventTarget. ' +
      errors.describeReceived(emitter));
  }
  var unconsumed = [];
  var waiting = [];
  var failure = null;
  var finished = false;

  function result(value, done) { return { value: value, done: done }; }
  function eventHandler() {
    var args = Array.prototype.slice.call(arguments);
    var w = waiting.shift();
    if (w) w.resolve(result(args, false));
    else unconsumed.push(args);
  }
  function errorHandler(err) {
    var w = waiting.shift();
    if (w) w.reject(err);
    else failure = err;
    iterator.return();
  }
  function close() {
    emitter.removeListener(name, eventHandler);
    emitter.removeListener('error', errorHandler);
    finished = true;
    var w;
    while ((w = waiting.shift()) !== undefined) w.resolve(result(undefined, true));
    return Promise.resolve(result(undefined, true));
  }

  var iterator = {
    next: function () {
      var value = unconsumed.shift();
      if (value) return Promise.resolve(result(value, false));
      if (failure) {
        var p = Promise.reject(failure);
        failure = null;
        return p;
      }
      if (finished) return Promise.resolve(result(undefined, true));
      return new Promise(function (resolve, reject) { waiting.push({ resolve: resolve, reject: reject }); });
    },
    return: function () { return close(); },
    throw: function (err) {
      if (!(err instanceof Error)) {
        throw errors.invalidArgType('EventEmitter.AsyncIterator', 'an instance of Error', err);
      }
      failure = err;
      emitter.removeListener(name, eventHandler);
      emitter.removeListener('error', errorHandler);
    }
  };
  if (typeof Symbol.asyncIterator === 'symbol') {
    iterator[Symbol.asyncIterator] = function () { return this; };
  }
  emitter.on(name, eventHandler);
  if (name !== 'error') emitter.on('error', errorHandler);
  return iterator;
};

EventEmitter.getEventListeners = function getEventListeners(emitter, type) { return emitter.listeners(type); };

module.exports = EventEmitter;
