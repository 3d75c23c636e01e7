// util.promisify and util.callbackify: custom symbol, error-first callbacks,
// falsy rejections, copied properties, argument errors.
'use strict';
var assert = require('assert');
var util = require('util');

var pending = 0;
var failures = [];
function step(name, p) {
  pending++;
  p.then(function () { pending--; }, function (e) { pending--; failures.push(name + ': ' + (e && e.stack || e)); });
}
process.on('exit', function () {
  if (pending !== 0) failures.push(pending + ' steps never finished');
  if (failures.length) {
    console.error(failures.join('\n'));
    process.exitCode = 1;
  }
});

function code(fn) {
  try { fn(); } catch (e) { return e.code + '|' + e.message; }
  return 'no throw';
}

assert.strictEqual(util.promisify.custom, Symbol.for('nodejs.util.promisify.custom'));
assert.strictEqual(code(function () { util.promisify(5); }),
  'ERR_INVALID_ARG_TYPE|The "original" argument must be of type function. Received type number (5)');
assert.strictEqual(code(function () { util.callbackify('x'); }),
  'ERR_INVALID_ARG_TYPE|The "original" argument must be of type function. Received type string (\'x\')');

function foo(a, b, cb) { setTimeout(function () { cb(null, a + b, 'ignored'); }, 1); }
foo.extra = 42;
var pfoo = util.promisify(foo);
assert.strictEqual(pfoo.name, 'foo');
assert.strictEqual(pfoo.length, 3);
assert.strictEqual(pfoo.extra, 42);
assert.strictEqual(pfoo[util.promisify.custom], pfoo);
assert.strictEqual(util.promisify(pfoo), pfoo);
assert.ok(pfoo(1, 2) instanceof Promise);
step('resolve', pfoo(1, 2).then(function (v) { assert.strictEqual(v, 3); }));

function fails(cb) { cb(new Error('nope')); }
step('reject', util.promisify(fails)().then(function () { throw new Error('resolved'); }, function (e) {
  assert.strictEqual(e.message, 'nope');
}));

function withThis(cb) { cb(null, this.v); }
var obj = { v: 7, m: util.promisify(withThis) };
step('this', obj.m().then(function (v) { assert.strictEqual(v, 7); }));

// A custom promisified function is returned as it is.
function legacy() {}
function custom() { return Promise.resolve('custom'); }
legacy[util.promisify.custom] = custom;
assert.strictEqual(util.promisify(legacy), custom);
var bad = function () {};
bad[util.promisify.custom] = 5;
assert.strictEqual(code(function () { util.promisify(bad); }),
  'ERR_INVALID_ARG_TYPE|The "util.promisify.custom" property must be of type function. Received type number (5)');

// A synchronous throw rejects the promise.
step('sync throw', util.promisify(function () { throw new Error('sync'); })().then(function () {
  throw new Error('resolved');
}, function (e) { assert.strictEqual(e.message, 'sync'); }));

// callbackify
function add(a, b) { return Promise.resolve(a + b); }
var cadd = util.callbackify(add);
assert.strictEqual(cadd.name, 'addCallbackified');
assert.strictEqual(cadd.length, 3);
assert.strictEqual(code(function () { cadd(1, 2); }),
  'ERR_INVALID_ARG_TYPE|The last argument must be of type function. Received type number (2)');

function cb(name, check) {
  pending++;
  var sync = true;
  setTimeout(function () { sync = false; }, 0);
  return function () {
    pending--;
    try { check.apply(null, arguments); } catch (e) { failures.push(name + ': ' + e.stack); }
  };
}
var syncCheck = true;
cadd(1, 2, cb('value', function (err, v) {
  assert.strictEqual(syncCheck, false);
  assert.strictEqual(err, null);
  assert.strictEqual(v, 3);
}));
syncCheck = false;
util.callbackify(function () { return Promise.reject(new Error('boom')); })(cb('error', function (err) {
  assert.strictEqual(err.message, 'boom');
}));
[0, null, undefined, '', false].forEach(function (falsy) {
  util.callbackify(function () { return Promise.reject(falsy); })(cb('falsy ' + falsy, function (err) {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
    assert.strictEqual(err.message, 'Promise was rejected with falsy value');
    assert.strictEqual(err.reason, falsy);
    assert.ok('reason' in err);
  }));
});
