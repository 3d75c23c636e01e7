// assert: Node's assert module (legacy and strict modes).
'use strict';

// util.inspect and the deep comparisons load on first use: scripts require
// assert early and most assertions pass.
var errors = require('internal/util/errors');
var invalidArgType = errors.invalidArgType;
var nodeError = errors.nodeError;
var isError = require('internal/util/types').isError;
var AssertionError = require('internal/assert/assertion_error').AssertionError;

function inspect(value, opts) {
  return require('internal/util/inspect').inspect(value, opts);
}

function isDeepEqual(a, b) {
  return require('internal/util/comparisons').isDeepEqual(a, b);
}

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

var NO_EXCEPTION = {};

function isRegExp(v) {
  return Object.prototype.toString.call(v) === '[object RegExp]';
}

function isErrorLike(v) {
  return isError(v);
}

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

function missingArgs() {
  return nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "actual" and "expected" arguments must be specified');
}

// --- assert.ok: the message quotes the failing call from the source ------

var sourceCache = Object.create(null);

function readSource(file) {
  if (sourceCache[file] !== undefined) return sourceCache[file];
  var text = null;
  try {
    text = internalBinding('loader').readFileUtf8(file);
  } catch (e) {
    text = null;
  }
  sourceCache[file] = text;
  return text;
}

// The caller's file and line: the first frame outside duv's own modules,
// read through V8's CallSite API (no parsing of the stack text).
function callSite() {
  var prepare = Error.prepareStackTrace;
  var holder = {};
  var sites;
  Error.prepareStackTrace = function (err, callSites) { return callSites; };
  try {
    Error.captureStackTrace(holder, callSite);
    sites = holder.stack;
  } finally {
    Error.prepareStackTrace = prepare;
  }
  if (!Array.isArray(sites)) return null;
  for (var i = 0; i < sites.length; i++) {
    var file = sites[i].getFileName();
    var line = sites[i].getLineNumber();
    if (typeof file !== 'string' || !file || /^node:/.test(file) || !(line > 0)) continue;
    return { file: file, line: line };
  }
  return null;
}

// From `start` (an opening parenthesis), the index just after its match.
function matchParen(text, start) {
  var depth = 0;
  for (var i = start; i < text.length; i++) {
    var c = text.charAt(i);
    if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    } else if (c === '"' || c === "'" || c === '`') {
      for (i++; i < text.length && text.charAt(i) !== c; i++) {
        if (text.charAt(i) === '\\') i++;
      }
    } else if (c === '/' && text.charAt(i + 1) === '/') {
      while (i < text.length && text.charAt(i) !== '\n') i++;
    } else if (c === '/' && text.charAt(i + 1) === '*') {
      var end = text.indexOf('*/', i + 2);
      if (end === -1) return -1;
      i = end + 1;
    }
  }
  return -1;
}

var callRe = /(?:\bassert(?:\.strict)?(?:\.ok)?|\bok|\bstrict)\s*\(/;

function getErrMessage() {
  var site = callSite();
  if (site === null) return undefined;
  var text = readSource(site.file);
  if (text === null) return undefined;
  var lines = text.split('\n');
  // Duktape may report the last line of a call spanning several lines.
  for (var back = 0; back < 10 && site.line - 1 - back >= 0; back++) {
    var lineNo = site.line - 1 - back;
    var m = callRe.exec(lines[lineNo]);
    if (m === null) continue;
    var column = m.index;
    var rest = lines.slice(lineNo).join('\n');
    var endAt = matchParen(rest, column + m[0].length - 1);
    if (endAt === -1) return undefined;
    var code = rest.slice(column, endAt);
    var parts = code.split('\n');
    // A call found on an earlier line must reach the reported one.
    if (lineNo + parts.length - 1 < site.line - 1) return undefined;
    var out = [parts[0]];
    for (var i = 1; i < parts.length; i++) {
      var pos = 0;
      while (pos < column && (parts[i].charAt(pos) === ' ' || parts[i].charAt(pos) === '\t')) pos++;
      out.push('  ' + parts[i].slice(pos));
    }
    return 'The expression evaluated to a falsy value:\n\n  ' + out.join('\n') + '\n';
  }
  return undefined;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  var generated = false;
  if (argLen === 0) {
    generated = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generated = true;
    message = getErrMessage();
  } else if (message instanceof Error) {
    throw message;
  }
  var err = new AssertionError({ actual: value, expected: true, message: message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generated;
  throw err;
}

function ok(value, message) {
  innerOk(ok, arguments.length, value, message);
}

var assert = function assert(value, message) {
  innerOk(assert, arguments.length, value, message);
};

function isNaNNumber(v) {
  return typeof v === 'number' && v !== v;
}

function equal(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!isNaNNumber(actual) || !isNaNNumber(expected))) {
    innerFail({ actual: actual, expected: expected, message: message, operator: '==', stackStartFn: equal });
  }
}

function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (isNaNNumber(actual) && isNaNNumber(expected))) {
    innerFail({ actual: actual, expected: expected, message: message, operator: '!=', stackStartFn: notEqual });
  }
}

function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
}

function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
}

function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
}

function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
}

function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!Object.is(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
}

function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (Object.is(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
}

var failWarned = false;

function fail(actual, expected, message, operator, stackStartFn) {
  var argsLen = arguments.length;
  var internalMessage;
  if (argsLen === 0) {
    internalMessage = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failWarned) {
      failWarned = true;
      process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.', 'DeprecationWarning', 'DEP0094');
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  var err = new AssertionError({
    actual: actual,
    expected: expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message: internalMessage !== undefined ? internalMessage : message
  });
  if (internalMessage !== undefined) err.generatedMessage = true;
  throw err;
}

// --- throws / rejects -------------------------------------------------------

// The object-form validation shows only the compared keys, in an object
// named Comparison, as Node does.
function Comparison(obj, keys, actual) {
  for (var i = 0; i < keys.length; i++) {
    var key = keys[i];
    if (key in obj) {
      if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
          obj[key].exec(actual[key]) !== null) {
        this[key] = actual[key];
      } else {
        this[key] = obj[key];
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      var a = new Comparison(actual, keys);
      var b = new Comparison(expected, keys, actual);
      var err = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual', stackStartFn: fn });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual: actual, expected: expected, message: message, operator: fn.name, stackStartFn: fn });
  }
}

function expectedException(actual, expected, message, fn) {
  var generatedMessage = false;
  var throwError = false;

  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      var str = String(actual);
      if (expected.exec(str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' + inspect(expected) +
          '. Input:\n\n' + inspect(str) + '\n';
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      var e1 = new AssertionError({ actual: actual, expected: expected, message: message, operator: 'deepStrictEqual', stackStartFn: fn });
      e1.operator = fn.name;
      throw e1;
    } else {
      var keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
          "The argument 'error' may not be an empty object. Received {}");
      }
      for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) && expected[key].exec(actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Error.isPrototypeOf(expected)) {
    if (!message) {
      generatedMessage = true;
      message = 'The error is expected to be an instance of "' + expected.name + '". Received ';
      if (isErrorLike(actual)) {
        var name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) message += 'an error with identical name but a different prototype.';
        else message += '"' + name + '"';
        if (actual.message) message += '\n\nError message:\n\n' + actual.message;
      } else {
        message += '"' + inspect(actual, { depth: -1 }) + '"';
      }
    }
    throwError = true;
  } else {
    var res = expected.call({}, actual);
    if (res !== true) {
      if (!message) {
        generatedMessage = true;
        var fname = expected.name ? '"' + expected.name + '" ' : '';
        message = 'The ' + fname + 'validation function is expected to return "true". Received ' + inspect(res);
        if (isErrorLike(actual)) message += '\n\nCaught error:\n\n' + actual;
      }
      throwError = true;
    }
  }
  if (throwError) {
    var err = new AssertionError({ actual: actual, expected: expected, message: message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function invalidErrorArg(value) {
  return invalidArgType('error', 'of type function or an instance of Error, RegExp, or Object', value);
}

function expectsError(fn, actual, error, message, argCount) {
  if (typeof error === 'string') {
    if (argCount >= 3) throw invalidErrorArg(error);
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw nodeError(TypeError, 'ERR_AMBIGUOUS_ARGUMENT', 'The "error/message" argument is ambiguous. ' +
          'The error message "' + actual.message + '" is identical to the message.');
      }
    } else if (actual === error) {
      throw nodeError(TypeError, 'ERR_AMBIGUOUS_ARGUMENT', 'The "error/message" argument is ambiguous. ' +
        'The error "' + actual + '" is identical to the message.');
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw invalidErrorArg(error);
  }
  if (actual === NO_EXCEPTION) {
    var details = '';
    if (error && error.name) details += ' (' + error.name + ')';
    details += message ? ': ' + message : '.';
    var what = fn === assert.rejects ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: fn.name, message: 'Missing expected ' + what + details, stackStartFn: fn });
  }
  if (!error) return;
  expectedException(actual, error, message, fn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return expected.exec(String(actual)) !== null;
    throw invalidArgType('expected', 'of type function or an instance of RegExp', expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Error.isPrototypeOf(expected)) return false;
  return expected.call({}, actual) === true;
}

function expectsNoError(fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    var details = message ? ': ' + message : '.';
    var what = fn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual: actual, expected: error, operator: fn.name, stackStartFn: fn,
      message: 'Got unwanted ' + what + details + '\nActual message: "' + (actual && actual.message) + '"'
    });
  }
  throw actual;
}

function getActual(fn) {
  if (typeof fn !== 'function') throw invalidArgType('fn', 'of type function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function throws(fn, error, message) {
  expectsError(throws, getActual(fn), error, message, arguments.length);
}

function doesNotThrow(fn, error, message) {
  expectsNoError(doesNotThrow, getActual(fn), error, message);
}

function isPromiseLike(obj) {
  if (typeof Promise === 'function' && obj instanceof Promise) return true;
  return obj !== null && typeof obj === 'object' && typeof obj.then === 'function' &&
    typeof obj['catch'] === 'function';
}

// Settles with the rejection reason, or NO_EXCEPTION when it fulfils.
function waitForActual(promiseFn) {
  var result;
  try {
    if (typeof promiseFn === 'function') {
      result = promiseFn();
      if (!isPromiseLike(result)) {
        throw nodeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
          'Expected instance of Promise to be returned from the "promiseFn" function but got ' +
          errors.describeReceived(result).slice(9) + '.');
      }
    } else if (isPromiseLike(promiseFn)) {
      result = promiseFn;
    } else {
      throw invalidArgType('promiseFn', 'of type function or an instance of Promise', promiseFn);
    }
  } catch (e) {
    return Promise.reject(e);
  }
  return Promise.resolve(result).then(function () { return NO_EXCEPTION; }, function (e) { return e; });
}

function rejects(promiseFn, error, message) {
  var argCount = arguments.length;
  return waitForActual(promiseFn).then(function (actual) {
    expectsError(rejects, actual, error, message, argCount);
  });
}

function doesNotReject(promiseFn, error, message) {
  return waitForActual(promiseFn).then(function (actual) {
    expectsNoError(doesNotReject, actual, error, message);
  });
}

// --- match / ifError --------------------------------------------------------

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw invalidArgType('regexp', 'an instance of RegExp', regexp);
  var wantMatch = fn === match;
  if (typeof string !== 'string' || (regexp.exec(string) !== null) !== wantMatch) {
    if (message instanceof Error) throw message;
    var generated = !message;
    message = message || (typeof string !== 'string' ?
      'The "string" argument must be of type string. Received type ' + typeof string + ' (' + inspect(string) + ')' :
      (wantMatch ? 'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
      inspect(regexp) + '. Input:\n\n' + inspect(string) + '\n');
    var err = new AssertionError({ actual: string, expected: regexp, message: message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generated;
    throw err;
  }
}

function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
}

function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
}

function ifError(err) {
  if (err === null || err === undefined) return;
  var message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += inspect(err);
  }
  throw new AssertionError({ actual: err, expected: null, operator: 'ifError', message: message, stackStartFn: ifError });
}

// --- the module -------------------------------------------------------------

// In Node's order (Object.keys(assert) shows it).
assert.fail = fail;
assert.AssertionError = AssertionError;
assert.ok = ok;
assert.equal = equal;
assert.notEqual = notEqual;
assert.deepEqual = deepEqual;
assert.notDeepEqual = notDeepEqual;
assert.deepStrictEqual = deepStrictEqual;
assert.notDeepStrictEqual = notDeepStrictEqual;
assert.strictEqual = strictEqual;
assert.notStrictEqual = notStrictEqual;
assert.throws = throws;
assert.rejects = rejects;
assert.doesNotThrow = doesNotThrow;
assert.doesNotReject = doesNotReject;
assert.ifError = ifError;
assert.match = match;
assert.doesNotMatch = doesNotMatch;

// assert.strict: the same functions with the strict comparisons under the
// plain names.
function strict(value, message) {
  innerOk(strict, arguments.length, value, message);
}
var names = Object.keys(assert);
for (var i = 0; i < names.length; i++) strict[names[i]] = assert[names[i]];
strict.equal = strictEqual;
strict.deepEqual = deepStrictEqual;
strict.notEqual = notStrictEqual;
strict.notDeepEqual = notDeepStrictEqual;
strict.strict = strict;
assert.strict = strict;

module.exports = assert;
