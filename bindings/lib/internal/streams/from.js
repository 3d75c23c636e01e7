// Readable.from(): a Readable over a string or Buffer (one chunk), an array
// or any object with Symbol.iterator. Values that are promises are awaited.
// Duktape has no async functions and no Symbol.asyncIterator, so async
// iterables are not recognised (docs/compat.md).
'use strict';

var Buffer = require('buffer').Buffer;

var errors = require('internal/streams/errors');

function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new Readable(assign({ objectMode: true }, opts, {
      read: function () {
        this.push(iterable);
        this.push(null);
      }
    }));
  }
  if (iterable == null || typeof iterable[Symbol.iterator] !== 'function') {
    throw errors.invalidArgType('iterable', 'an instance of Iterable', iterable);
  }
  var iterator = iterable[Symbol.iterator]();
  var readable = new Readable(assign({ objectMode: true, highWaterMark: 1 }, opts, {}));
  var reading = false;

  readable._read = function () {
    if (!reading) {
      reading = true;
      next();
    }
  };

  readable._destroy = function (error, cb) {
    close(error).then(function () {
      process.nextTick(cb, error);
    }, function (e) {
      process.nextTick(cb, e || error);
    });
  };

  function close(error) {
    var hadError = error !== undefined && error !== null;
    return new Promise(function (resolve) {
      if (hadError && typeof iterator['throw'] === 'function') {
        var res = iterator['throw'](error);
        resolve(Promise.resolve(res && res.value).then(function () {
          if (!res || !res.done) return callReturn();
        }));
        return;
      }
      resolve(callReturn());
    });
  }

  function callReturn() {
    if (typeof iterator['return'] !== 'function') return undefined;
    var res = iterator['return']();
    return Promise.resolve(res && res.value);
  }

  // Pushes values until push() asks to stop or a value is a promise, which
  // continues the loop when it settles.
  function next() {
    for (;;) {
      var value;
      try {
        var step = iterator.next();
        if (step.done) {
          readable.push(null);
          return;
        }
        value = step.value;
      } catch (err) {
        readable.destroy(err);
        return;
      }
      if (value && typeof value.then === 'function') {
        Promise.resolve(value).then(onValue, onError);
        return;
      }
      if (!pushValue(value)) return;
    }
  }

  function pushValue(value) {
    if (value === null) {
      reading = false;
      readable.destroy(errors.nullValues());
      return false;
    }
    if (readable.push(value)) return true;
    reading = false;
    return false;
  }

  function onValue(value) {
    if (pushValue(value)) next();
  }

  function onError(err) {
    readable.destroy(err);
  }

  return readable;
}

function assign(target, a, b) {
  var keys, i;
  if (a) {
    keys = Object.keys(a);
    for (i = 0; i < keys.length; i++) target[keys[i]] = a[keys[i]];
  }
  keys = Object.keys(b);
  for (i = 0; i < keys.length; i++) target[keys[i]] = b[keys[i]];
  return target;
}

module.exports = from;
