// Resolving with thenables: `then` is read once, a throwing getter or then
// rejects, only the first resolve/reject call counts, self-resolution is a
// TypeError, and non-callable `then` values are plain values.
'use strict';
var assert = require('assert');
var results = {};
function record(name, p) {
  p.then(function (v) { results[name] = ['fulfilled', v]; },
         function (r) { results[name] = ['rejected', r]; });
}

var getterCalls = 0;
var once = Object.create(null, {
  then: { get: function () { getterCalls++; return function (res) { res('once'); }; } }
});
record('getter-read-once', Promise.resolve(once));

var boom = new Error('getter');
record('throwing-getter', Promise.resolve(Object.create(null, {
  then: { get: function () { throw boom; } }
})));
record('throwing-then', Promise.resolve({ then: function () { throw 'then-threw'; } }));
record('throw-after-resolve', Promise.resolve({
  then: function (res) { res('kept'); throw new Error('ignored'); }
}));
record('first-call-wins', Promise.resolve({
  then: function (res, rej) { rej('r1'); res('v1'); rej('r2'); }
}));
record('async-thenable', Promise.resolve({
  then: function (res) { setTimeout(function () { res('later'); }, 1); }
}));
record('nested-thenable', Promise.resolve({
  then: function (res) { res({ then: function (res2) { res2('deep'); } }); }
}));
var plain = { then: 42 };
record('non-callable-then', Promise.resolve(plain));
var fnThenable = function () {};
fnThenable.then = function (res) { res('function-thenable'); };
record('function-thenable', Promise.resolve(fnThenable));

// `this` of the call is the thenable; its arguments are fresh resolvers.
var seenThis;
var args;
var thenable = { then: function (a, b) { seenThis = this; args = [typeof a, typeof b, a.length, b.length]; a(1); } };
record('this', Promise.resolve(thenable));

var self;
self = new Promise(function (res) { setTimeout(function () { res(self); }, 1); });
record('self', self);

var selfThen = Promise.resolve().then(function () { return selfThen; });
record('self-then', selfThen);

// A promise resolved with a rejected promise rejects with its reason.
record('adopt-rejected', new Promise(function (res) { res(Promise.reject('inner')); }));
// Resolving with a fulfilled promise adopts its value, however deep.
record('adopt-chain', Promise.resolve(Promise.resolve(Promise.resolve('chain'))));
// Promise.resolve of a native promise returns it as is.
var native = Promise.resolve(1);
assert.strictEqual(Promise.resolve(native), native);
// ... but not one whose constructor differs.
var other = Promise.resolve(2);
other.constructor = function Foo() {};
assert.notStrictEqual(Promise.resolve(other), other);

process.on('exit', function () {
  assert.strictEqual(getterCalls, 1);
  assert.deepStrictEqual(results['getter-read-once'], ['fulfilled', 'once']);
  assert.deepStrictEqual(results['throwing-getter'], ['rejected', boom]);
  assert.deepStrictEqual(results['throwing-then'], ['rejected', 'then-threw']);
  assert.deepStrictEqual(results['throw-after-resolve'], ['fulfilled', 'kept']);
  assert.deepStrictEqual(results['first-call-wins'], ['rejected', 'r1']);
  assert.deepStrictEqual(results['async-thenable'], ['fulfilled', 'later']);
  assert.deepStrictEqual(results['nested-thenable'], ['fulfilled', 'deep']);
  assert.strictEqual(results['non-callable-then'][1], plain);
  assert.deepStrictEqual(results['function-thenable'], ['fulfilled', 'function-thenable']);
  assert.strictEqual(seenThis, thenable);
  assert.deepStrictEqual(args, ['function', 'function', 1, 1]);
  ['self', 'self-then'].forEach(function (k) {
    assert.strictEqual(results[k][0], 'rejected');
    assert.ok(results[k][1] instanceof TypeError);
    assert.strictEqual(results[k][1].message, 'Chaining cycle detected for promise #<Promise>');
  });
  assert.deepStrictEqual(results['adopt-rejected'], ['rejected', 'inner']);
  assert.deepStrictEqual(results['adopt-chain'], ['fulfilled', 'chain']);
  console.log('ok');
});
