// util: format and inspect (bindings/lib/internal/util/inspect.js),
// isDeepStrictEqual, inherits, deprecate. The rest of Node's util arrives
// with the core-modules work.
'use strict';

var internalInspect = require('internal/util/inspect');
var inspect = internalInspect.inspect;
var format = internalInspect.format;
var formatWithOptions = internalInspect.formatWithOptions;

function inherits(ctor, superCtor) {
  if (typeof ctor !== 'function' || typeof superCtor !== 'function' || superCtor.prototype === undefined) {
    var err = new TypeError('The "ctor" and "superCtor" arguments must be of type function');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function deprecate(fn, msg, code) {
  var warned = false;
  function deprecated() {
    if (!warned && !process.noDeprecation) {
      warned = true;
      process.emitWarning(msg, 'DeprecationWarning', code);
    }
    if (this instanceof deprecated) {
      var args = [null].concat(Array.prototype.slice.call(arguments));
      return new (Function.prototype.bind.apply(fn, args))();
    }
    return fn.apply(this, arguments);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

exports.format = format;
exports.formatWithOptions = formatWithOptions;
exports.inspect = inspect;
exports.inherits = inherits;
exports.deprecate = deprecate;
exports.isArray = Array.isArray;
exports.isDeepStrictEqual = function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
};
exports.stripVTControlCharacters = function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw require('internal/util/errors').invalidArgType('str', 'of type string', str);
  return internalInspect.stripVTControlCharacters(str);
};
