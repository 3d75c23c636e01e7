// The shape of Promise: property attributes, function length and name,
// Symbol.toStringTag, and the TypeErrors of misuse (Node's messages).
'use strict';
var assert = require('assert');

function desc(o, k) { return Object.getOwnPropertyDescriptor(o, k); }
function checkMethod(o, name, length) {
  var d = desc(o, name);
  assert.strictEqual(typeof d.value, 'function', name);
  assert.strictEqual(d.writable, true);
  assert.strictEqual(d.enumerable, false);
  assert.strictEqual(d.configurable, true);
  assert.strictEqual(d.value.length, length, name + '.length');
  assert.strictEqual(d.value.name, name, name + '.name');
  assert.deepStrictEqual(desc(d.value, 'length'),
    { value: length, writable: false, enumerable: false, configurable: true });
}

var g = desc(global, 'Promise');
assert.strictEqual(g.value, Promise);
assert.strictEqual(g.enumerable, false);
assert.strictEqual(g.writable, true);
assert.strictEqual(Promise.length, 1);
assert.strictEqual(Promise.name, 'Promise');
assert.deepStrictEqual(desc(Promise, 'prototype'),
  { value: Promise.prototype, writable: false, enumerable: false, configurable: false });
assert.strictEqual(Promise.prototype.constructor, Promise);
assert.strictEqual(desc(Promise.prototype, 'constructor').enumerable, false);
checkMethod(Promise.prototype, 'then', 2);
checkMethod(Promise.prototype, 'catch', 1);
checkMethod(Promise.prototype, 'finally', 1);
['all', 'allSettled', 'any', 'race', 'resolve', 'reject'].forEach(function (k) {
  checkMethod(Promise, k, 1);
});
assert.deepStrictEqual(desc(Promise.prototype, Symbol.toStringTag),
  { value: 'Promise', writable: false, enumerable: false, configurable: true });
assert.strictEqual(Object.prototype.toString.call(Promise.resolve()), '[object Promise]');
assert.strictEqual(Object.prototype.toString.call(Promise.prototype), '[object Promise]');
assert.strictEqual(Object.getPrototypeOf(Promise.resolve(1)), Promise.prototype);
assert.ok(new Promise(function () {}) instanceof Promise);

// The resolving functions: length 1, anonymous.
var resolveFn, rejectFn, executorThis = 'unset', executorArgs;
new Promise(function (res, rej) {
  executorThis = this;
  executorArgs = arguments.length;
  resolveFn = res;
  rejectFn = rej;
});
assert.strictEqual(executorThis, undefined);
assert.strictEqual(executorArgs, 2);
assert.strictEqual(resolveFn.length, 1);
assert.strictEqual(resolveFn.name, '');
assert.strictEqual(rejectFn.length, 1);
assert.strictEqual(resolveFn(1), undefined);

// The executor runs synchronously.
var ran = false;
new Promise(function () { ran = true; });
assert.strictEqual(ran, true);

function typeError(fn, message) {
  assert.throws(fn, function (e) {
    assert.ok(e instanceof TypeError, String(e));
    assert.strictEqual(e.message, message);
    return true;
  });
}
typeError(function () { Promise(function () {}); }, "Promise constructor cannot be invoked without 'new'");
typeError(function () { new Promise(); }, 'Promise resolver undefined is not a function');
typeError(function () { new Promise(1); }, 'Promise resolver 1 is not a function');
typeError(function () { new Promise({}); }, 'Promise resolver #<Object> is not a function');
typeError(function () { new Promise([]); }, 'Promise resolver [object Array] is not a function');
typeError(function () { new Promise('abc'); }, 'Promise resolver abc is not a function');
typeError(function () { new Promise(null); }, 'Promise resolver null is not a function');
typeError(function () { Promise.prototype.then.call({}, function () {}); },
  'Method Promise.prototype.then called on incompatible receiver #<Object>');
typeError(function () { Promise.prototype.then.call(1); },
  'Method Promise.prototype.then called on incompatible receiver 1');
typeError(function () { Promise.prototype.then.call(undefined); },
  'Method Promise.prototype.then called on incompatible receiver undefined');
typeError(function () { Promise.prototype.then.call(Object.create(Promise.resolve())); },
  'Method Promise.prototype.then called on incompatible receiver #<Promise>');
typeError(function () { Promise.resolve.call(1); }, 'PromiseResolve called on non-object');
typeError(function () { Promise.reject.call(undefined); }, 'PromiseReject called on non-object');
typeError(function () { Promise.prototype.finally.call(1); },
  'Promise.prototype.finally called on non-object');
typeError(function () { Promise.prototype.catch.call(undefined); },
  "Cannot read properties of undefined (reading 'then')");
typeError(function () { Promise.all.call({}, []); }, '#<Object> is not a constructor');
typeError(function () { Promise.resolve.call(function () {}, 1); },
  'Promise resolve or reject function is not callable');
typeError(function () { new Promise.prototype.then(); }, 'Promise.prototype.then is not a constructor');
typeError(function () { new Promise.resolve(); }, 'Promise.resolve is not a constructor');
typeError(function () {
  Promise.resolve.call(function (executor) { executor(1, 2); executor(1, 2); });
}, 'Promise executor has already been invoked with non-undefined arguments');

// A throwing executor rejects; a throw after resolving is ignored.
var log = [];
new Promise(function () { throw new Error('boom'); }).catch(function (e) { log.push(e.message); });
new Promise(function (res) { res('first'); throw new Error('ignored'); }).then(function (v) { log.push(v); });
// Resolving twice, rejecting after resolving: the first call wins.
new Promise(function (res, rej) { res('a'); res('b'); rej('c'); }).then(function (v) { log.push(v); });

// Object.freeze on a promise does not stop it from settling.
var frozen = new Promise(function (res) { setTimeout(function () { res('frozen'); }, 1); });
Object.freeze(frozen);
frozen.then(function (v) { log.push(v); });

// catch and then are generic over `then`.
var seen;
Promise.prototype.catch.call({ then: function (a, b) { seen = [a, typeof b]; return 'r'; } }, function () {});
assert.deepStrictEqual(seen, [undefined, 'function']);

process.on('exit', function () {
  assert.deepStrictEqual(log, ['boom', 'first', 'a', 'frozen']);
  console.log('ok');
});
