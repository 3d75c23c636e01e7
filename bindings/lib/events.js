// EventEmitter with Node's semantics: listener order, once wrappers,
// 'newListener'/'removeListener', the 'error' event, and max-listener warnings.
'use strict';

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejections = false;
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

var defaultMaxListeners = 10;
var kErrorMonitor = typeof Symbol === 'function' ? Symbol('events.errorMonitor') : '__errorMonitor';
EventEmitter.errorMonitor = kErrorMonitor;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get: function () { return defaultMaxListeners; },
  set: function (n) {
    checkMaxListeners(n, 'defaultMaxListeners');
    defaultMaxListeners = n;
  }
});

function invalidArgType(name, expected, value) {
  var received;
  if (value === null || value === undefined) received = String(value);
  else if (typeof value === 'function') received = 'function ' + value.name;
  else if (typeof value === 'object') received = 'an instance of ' + ((value.constructor && value.constructor.name) || 'Object');
  else received = 'type ' + typeof value + ' (' + String(value) + ')';
  var err = new TypeError('The "' + name + '" argument must be of type ' + expected + '. Received ' + received);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function checkMaxListeners(n, name) {
  if (typeof n !== 'number' || n < 0 || n !== n) {
    var err = new RangeError('The value of "' + name + '" is out of range. It must be a non-negative number. Received ' + String(n));
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
}

function checkListener(listener) {
  if (typeof listener !== 'function') throw invalidArgType('listener', 'function', listener);
}

EventEmitter.init = function (opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts && opts.captureRejections) this[kCapture] = true;
};
var kCapture = typeof Symbol === 'function' ? Symbol('kCapture') : '__kCapture';

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  checkMaxListeners(n, 'n');
  this._maxListeners = n;
  return this;
};

function getMaxListeners(that) {
  return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function () { return getMaxListeners(this); };

EventEmitter.prototype.emit = function emit(type) {
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
    var err = new Error('Unhandled error.' + (er === undefined ? '' : ' (' + stringifyError(er) + ')'));
    err.code = 'ERR_UNHANDLED_ERROR';
    err.context = er;
    throw err;
  }

  var handler = events[type];
  if (handler === undefined) return false;

  var n = arguments.length;
  if (typeof handler === 'function') {
    if (n === 1) handler.call(this);
    else if (n === 2) handler.call(this, arguments[1]);
    else if (n === 3) handler.call(this, arguments[1], arguments[2]);
    else handler.apply(this, Array.prototype.slice.call(arguments, 1));
  } else {
    var listeners = handler.slice();
    var args = n > 1 ? Array.prototype.slice.call(arguments, 1) : [];
    for (var i = 0; i < listeners.length; i++) listeners[i].apply(this, args);
  }
  return true;
};

function stringifyError(er) {
  try {
    return typeof er === 'string' ? "'" + er + "'" : require('util').inspect(er);
  } catch (e) {
    return String(er);
  }
}

function addListener(target, type, listener, prepend) {
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
    var m = getMaxListeners(target);
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      var w = new Error('Possible EventEmitter memory leak detected. ' + existing.length + ' ' +
        String(type) + ' listeners added to ' + (target.constructor && target.constructor.name || 'EventEmitter') +
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

EventEmitter.prototype.addListener = function addListener_(type, listener) {
  return addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;
EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListener(this, type, listener, true);
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

EventEmitter.once = function (emitter, name) {
  return new Promise(function (resolve, reject) {
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

EventEmitter.getEventListeners = function (emitter, type) { return emitter.listeners(type); };

module.exports = EventEmitter;
