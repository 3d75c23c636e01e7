// util.promisify, and the symbol with which built-in functions whose
// callbacks get several values name them (the promise then resolves to an
// object with those names), as Node's fs.read and dns.lookup do.
'use strict';

var errors = require('internal/util/errors');

var kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
var kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');

function promisify(original) {
  if (typeof original !== 'function') throw errors.invalidArgType('original', 'of type function', original);
  var custom = original[kCustomPromisifiedSymbol];
  if (custom !== undefined) {
    if (typeof custom !== 'function') {
      throw errors.invalidArgType('util.promisify.custom', 'of type function', custom);
    }
    Object.defineProperty(custom, kCustomPromisifiedSymbol, {
      value: custom, enumerable: false, writable: false, configurable: true
    });
    return custom;
  }
  var argumentNames = original[kCustomPromisifyArgsSymbol];

  function fn() {
    var self = this;
    var args = Array.prototype.slice.call(arguments);
    return new Promise(function (resolve, reject) {
      args.push(function (err) {
        if (err) return reject(err);
        if (argumentNames !== undefined && arguments.length > 2) {
          var obj = {};
          for (var i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = arguments[i + 1];
          resolve(obj);
        } else {
          resolve(arguments[1]);
        }
      });
      original.apply(self, args);
    });
  }

  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true
  });
  var keys = Reflect.ownKeys(original);
  for (var i = 0; i < keys.length; i++) {
    try {
      Object.defineProperty(fn, keys[i], Object.getOwnPropertyDescriptor(original, keys[i]));
    } catch (e) {
      // A property the engine keeps fixed on functions stays as it is.
    }
  }
  return fn;
}

promisify.custom = kCustomPromisifiedSymbol;

exports.promisify = promisify;
exports.customPromisifyArgs = kCustomPromisifyArgsSymbol;
