// assert: the first cut (ok, equal, strictEqual, deepStrictEqual, throws...).
'use strict';

var util = require('util');

function AssertionError(options) {
  var message = options.message;
  var generated = false;
  if (message === undefined || message === null) {
    generated = true;
    message = util.inspect(options.actual) + ' ' + options.operator + ' ' + util.inspect(options.expected);
  } else if (message instanceof Error) {
    throw message;
  }
  var err = new Error(String(message));
  Object.setPrototypeOf(err, AssertionError.prototype);
  err.generatedMessage = generated;
  err.code = 'ERR_ASSERTION';
  err.actual = options.actual;
  err.expected = options.expected;
  err.operator = options.operator;
  return err;
}
AssertionError.prototype = Object.create(Error.prototype, {
  constructor: { value: AssertionError, writable: true, configurable: true },
  name: { value: 'AssertionError', writable: true, configurable: true }
});

function fail(actual, expected, message, operator) {
  if (arguments.length === 1) { message = actual; actual = undefined; }
  throw new AssertionError({ actual: actual, expected: expected, message: message || 'Failed', operator: operator || 'fail' });
}

function ok(value, message) {
  if (!value) {
    throw new AssertionError({ actual: value, expected: true, operator: '==',
      message: message === undefined ? 'The expression evaluated to a falsy value:\n\n  assert.ok(' + util.inspect(value) + ')\n' : message });
  }
}

function isDeepEqual(a, b, strict, memo) {
  if (strict ? Object.is(a, b) : (a == b || (a !== a && b !== b))) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  var aTag = Object.prototype.toString.call(a);
  if (aTag !== Object.prototype.toString.call(b)) return false;
  if (a instanceof Date) { if (a.getTime() !== b.getTime()) return false; }
  if (a instanceof RegExp) { if (String(a) !== String(b)) return false; }
  if (a instanceof Error) { if (a.message !== b.message || a.name !== b.name) return false; }
  memo = memo || [];
  for (var m = 0; m < memo.length; m++) if (memo[m][0] === a && memo[m][1] === b) return true;
  memo.push([a, b]);
  var ka = Object.keys(a);
  var kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  if (Array.isArray(a) && a.length !== b.length) return false;
  for (var i = 0; i < ka.length; i++) {
    if (!Object.prototype.hasOwnProperty.call(b, ka[i])) return false;
    if (!isDeepEqual(a[ka[i]], b[ka[i]], strict, memo)) return false;
  }
  return true;
}

function makeCompare(test, operator) {
  return function (actual, expected, message) {
    if (!test(actual, expected)) {
      throw new AssertionError({ actual: actual, expected: expected, message: message, operator: operator });
    }
  };
}

var assert = function assert(value, message) { ok(value, message); };
assert.ok = ok;
assert.fail = fail;
assert.AssertionError = AssertionError;
assert.equal = makeCompare(function (a, b) { return a == b || (a !== a && b !== b); }, '==');
assert.notEqual = makeCompare(function (a, b) { return !(a == b || (a !== a && b !== b)); }, '!=');
assert.strictEqual = makeCompare(Object.is, 'strictEqual');
assert.notStrictEqual = makeCompare(function (a, b) { return !Object.is(a, b); }, 'notStrictEqual');
assert.deepEqual = makeCompare(function (a, b) { return isDeepEqual(a, b, false); }, 'deepEqual');
assert.notDeepEqual = makeCompare(function (a, b) { return !isDeepEqual(a, b, false); }, 'notDeepEqual');
assert.deepStrictEqual = makeCompare(function (a, b) { return isDeepEqual(a, b, true); }, 'deepStrictEqual');
assert.notDeepStrictEqual = makeCompare(function (a, b) { return !isDeepEqual(a, b, true); }, 'notDeepStrictEqual');

function matches(err, expected) {
  if (expected === undefined) return true;
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && err instanceof expected) return true;
    if (Error.isPrototypeOf(expected) || expected === Error) return false;
    return expected.call({}, err) === true;
  }
  if (expected instanceof RegExp) return expected.test(String(err));
  if (typeof expected === 'object' && expected !== null) {
    var keys = Object.keys(expected);
    for (var i = 0; i < keys.length; i++) {
      var k = keys[i];
      if (expected[k] instanceof RegExp && typeof err[k] === 'string') {
        if (!expected[k].test(err[k])) return false;
      } else if (!isDeepEqual(err[k], expected[k], true)) {
        return false;
      }
    }
    return true;
  }
  return true;
}

assert.throws = function throws(fn, expected, message) {
  if (typeof expected === 'string') { message = expected; expected = undefined; }
  var threw = false;
  var error;
  try { fn(); } catch (e) { threw = true; error = e; }
  if (!threw) {
    throw new AssertionError({ actual: undefined, expected: expected, operator: 'throws',
      message: 'Missing expected exception' + (message ? ': ' + message : '.') });
  }
  if (!matches(error, expected)) {
    if (typeof expected === 'function' && expected.prototype !== undefined && !(error instanceof expected)) throw error;
    throw new AssertionError({ actual: error, expected: expected, operator: 'throws',
      message: message || 'The error did not match the expected validation: ' + util.inspect(error) });
  }
};
assert.doesNotThrow = function doesNotThrow(fn, message) {
  try { fn(); } catch (e) {
    throw new AssertionError({ actual: e, operator: 'doesNotThrow',
      message: 'Got unwanted exception.\nActual message: "' + (e && e.message) + '"' });
  }
};
assert.rejects = function rejects(promiseOrFn, expected, message) {
  return Promise.resolve().then(function () {
    return typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn;
  }).then(function () {
    throw new AssertionError({ operator: 'rejects', message: 'Missing expected rejection' + (message ? ': ' + message : '.') });
  }, function (err) {
    if (!matches(err, expected)) throw err;
  });
};
assert.match = function match(string, regexp, message) {
  if (!regexp.test(string)) {
    throw new AssertionError({ actual: string, expected: regexp, operator: 'match',
      message: message || 'The input did not match the regular expression ' + String(regexp) + '. Input:\n\n' + util.inspect(string) + '\n' });
  }
};
assert.ifError = function ifError(err) { if (err !== null && err !== undefined) throw err; };
assert.strict = assert;

module.exports = assert;
