// util: format and inspect (internal/util/inspect), types (util/types),
// promisify/callbackify, deprecate, debuglog, system error names, and the
// legacy is* functions Node 20 still has.
'use strict';

var internalInspect = require('internal/util/inspect');
var errors = require('internal/util/errors');
var promisifyModule = require('internal/util/promisify');
var inspect = internalInspect.inspect;
var format = internalInspect.format;
var formatWithOptions = internalInspect.formatWithOptions;

function validateFunction(value, name) {
  if (typeof value !== 'function') throw errors.invalidArgType(name, 'of type function', value);
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw errors.invalidArgType('ctor', 'of type function', ctor);
  if (superCtor === undefined || superCtor === null) throw errors.invalidArgType('superCtor', 'of type function', superCtor);
  if (superCtor.prototype === undefined) {
    throw errors.invalidArgType('superCtor.prototype', 'of type object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// Codes already warned about: each code warns once, whichever function
// carries it.
var codesWarned = Object.create(null);

function deprecate(fn, msg, code) {
  if (code !== undefined && typeof code !== 'string') throw errors.invalidArgType('code', 'of type string', code);
  if (process.noDeprecation === true) return fn;
  var warned = false;
  function deprecated() {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned[code]) {
          codesWarned[code] = true;
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
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

// Copies what defineProperty accepts of `from`'s own properties onto `to`
// (Duktape's functions keep some of theirs fixed).
function copyOwnProperties(to, from, edit) {
  var keys = Reflect.ownKeys(from);
  for (var i = 0; i < keys.length; i++) {
    var d = Object.getOwnPropertyDescriptor(from, keys[i]);
    if (edit) d = edit(keys[i], d);
    try {
      Object.defineProperty(to, keys[i], d);
    } catch (e) {
      // A property the engine does not let change stays as it is.
    }
  }
}

function falsyRejection(reason) {
  var err = errors.nodeError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
  err.reason = reason;
  return err;
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified() {
    var args = Array.prototype.slice.call(arguments);
    var cb = args.pop();
    if (typeof cb !== 'function') {
      throw errors.nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        'The last argument must be of type function. ' + errors.describeReceived(cb));
    }
    var self = this;
    original.apply(self, args).then(function (value) {
      process.nextTick(cb, null, value);
    }, function (reason) {
      process.nextTick(cb, reason ? reason : falsyRejection(reason));
    });
  }
  Object.setPrototypeOf(callbackified, Object.getPrototypeOf(original));
  copyOwnProperties(callbackified, original, function (key, d) {
    if (key === 'length' && typeof d.value === 'number') d.value++;
    if (key === 'name' && typeof d.value === 'string') d.value += 'Callbackified';
    return d;
  });
  return callbackified;
}

// NODE_DEBUG of the runtime's environment, read on the first debuglog().
var debugPattern = null;
function debugEnabled(set) {
  if (debugPattern === null) {
    var env = process.env.NODE_DEBUG;
    debugPattern = /^$/;
    if (typeof env === 'string' && env !== '') {
      var parts = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
      debugPattern = new RegExp('^' + parts + '$', 'i');
    }
  }
  return debugPattern.test(set);
}

function debuglog(set, cb) {
  var logger = null;
  function init() {
    if (logger !== null) return;
    if (debugEnabled(set)) {
      var prefix = set.toUpperCase() + ' ' + process.pid + ': ';
      logger = function () {
        var msg = formatWithOptions.apply(null, [{}].concat(Array.prototype.slice.call(arguments)));
        process.stderr.write(prefix + msg + '\n');
      };
      logger.enabled = true;
    } else {
      logger = function () {};
      logger.enabled = false;
    }
    if (typeof cb === 'function') cb(logger);
  }
  function debug() {
    init();
    return logger.apply(this, arguments);
  }
  Object.defineProperty(debug, 'enabled', {
    get: function () { init(); return logger.enabled; },
    configurable: true, enumerable: true
  });
  return debug;
}

var uv = null;
function uvBinding() {
  if (uv === null) uv = internalBinding('uv');
  return uv;
}

function getSystemErrorName(err) {
  if (typeof err !== 'number') throw errors.invalidArgType('err', 'of type number', err);
  if (err >= 0 || Math.floor(err) !== err) throw errors.outOfRange('err', 'a negative integer', err);
  return uvBinding().errname(err);
}

function getSystemErrorMap() {
  var flat = uvBinding().errmap();
  var map = new Map();
  for (var i = 0; i < flat.length; i += 3) map.set(flat[i], [flat[i + 1], flat[i + 2]]);
  return map;
}

function errnoException(err, syscall, original) {
  var code = uvBinding().errname(err);
  var e = new Error(original ? syscall + ' ' + code + ' ' + original : syscall + ' ' + code);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  return e;
}

function exceptionWithHostPort(err, syscall, address, port, additional) {
  var code = uvBinding().errname(err);
  var details = '';
  if (port && port > 0) details = ' ' + address + ':' + port;
  else if (address) details = ' ' + address;
  if (additional) details += ' - Local (' + additional + ')';
  var e = new Error(syscall + ' ' + code + details);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  e.address = address;
  if (port) e.port = port;
  return e;
}

// Lone surrogates become U+FFFD.
function toUSVString(input) {
  var s = String(input);
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|([^\ud800-\udbff]|^)[\udc00-\udfff]/g, function (m, before) {
    return before === undefined ? '\ufffd' : before + '\ufffd';
  });
}

function pad(n) { return n < 10 ? '0' + n : String(n); }
var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function log() {
  var d = new Date();
  var time = pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds());
  console.log('%s - %s', d.getDate() + ' ' + months[d.getMonth()] + ' ' + time, format.apply(null, arguments));
}

function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  var keys = Object.keys(source);
  for (var i = keys.length - 1; i >= 0; i--) target[keys[i]] = source[keys[i]];
  return target;
}

function isBuffer(value) {
  var Buffer = globalThis.Buffer;
  return typeof Buffer === 'function' && typeof Buffer.isBuffer === 'function' ? Buffer.isBuffer(value) : false;
}

var types = require('util/types');

exports._errnoException = errnoException;
exports._exceptionWithHostPort = exceptionWithHostPort;
exports._extend = extend;
exports.callbackify = callbackify;
exports.debug = debuglog;
exports.debuglog = debuglog;
exports.deprecate = deprecate;
exports.format = format;
exports.formatWithOptions = formatWithOptions;
exports.getSystemErrorMap = getSystemErrorMap;
exports.getSystemErrorName = getSystemErrorName;
exports.inherits = inherits;
exports.inspect = inspect;
exports.isArray = Array.isArray;
exports.isBoolean = function isBoolean(arg) { return typeof arg === 'boolean'; };
exports.isBuffer = isBuffer;
exports.isDeepStrictEqual = function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
};
exports.isNull = function isNull(arg) { return arg === null; };
exports.isNullOrUndefined = function isNullOrUndefined(arg) { return arg === null || arg === undefined; };
exports.isNumber = function isNumber(arg) { return typeof arg === 'number'; };
exports.isString = function isString(arg) { return typeof arg === 'string'; };
exports.isSymbol = function isSymbol(arg) { return typeof arg === 'symbol'; };
exports.isUndefined = function isUndefined(arg) { return arg === undefined; };
exports.isRegExp = types.isRegExp;
exports.isObject = function isObject(arg) { return arg !== null && typeof arg === 'object'; };
exports.isDate = types.isDate;
exports.isError = function isError(e) {
  return types.isNativeError(e) || e instanceof Error;
};
exports.isFunction = function isFunction(arg) { return typeof arg === 'function'; };
exports.isPrimitive = function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
};
exports.log = log;
exports.parseArgs = function parseArgs(config) {
  return require('internal/util/parse_args').parseArgs(config);
};
exports.promisify = promisifyModule.promisify;
exports.stripVTControlCharacters = function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw errors.invalidArgType('str', 'of type string', str);
  return internalInspect.stripVTControlCharacters(str);
};
exports.toUSVString = toUSVString;
exports.types = types;
exports.TextDecoder = require('internal/encoding').TextDecoder;
exports.TextEncoder = require('internal/encoding').TextEncoder;
