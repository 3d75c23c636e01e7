// finally passes values and reasons through unless onFinally throws or
// returns a rejected promise; then/finally on a subclass build their result
// with the subclass (SpeciesConstructor through `constructor`).
'use strict';
var assert = require('assert');
var results = {};
function record(name, p) {
  p.then(function (v) { results[name] = ['fulfilled', v]; },
         function (r) { results[name] = ['rejected', r]; });
}

var finallyArgs;
record('value', Promise.resolve(1).finally(function () { finallyArgs = arguments.length; return 'ignored'; }));
record('reason', Promise.reject(2).finally(function () { return 'ignored'; }));
record('throws', Promise.resolve(3).finally(function () { throw 'from-finally'; }));
record('rejected-promise', Promise.reject(4).finally(function () { return Promise.reject('finally-rejected'); }));
record('waits', Promise.resolve(5).finally(function () {
  return new Promise(function (res) { setTimeout(function () { res('done waiting'); }, 2); });
}));
record('non-callable', Promise.resolve(6).finally(7));

// An ES5 subclass: the constructor inherits from Promise.
function MyPromise(executor) {
  var p = new Promise(executor);
  Object.setPrototypeOf(p, MyPromise.prototype);
  MyPromise.made++;
  return p;
}
MyPromise.made = 0;
Object.setPrototypeOf(MyPromise, Promise);
MyPromise.prototype = Object.create(Promise.prototype, {
  constructor: { value: MyPromise, writable: true, configurable: true }
});
var mp = new MyPromise(function (res) { res(10); });
assert.strictEqual(MyPromise.made, 1);
var derived = mp.then(function (v) { return v + 1; });
assert.ok(derived instanceof MyPromise);
assert.strictEqual(MyPromise.made, 2);
record('subclass-then', derived);
assert.ok(mp.finally(function () {}) instanceof MyPromise);
assert.ok(MyPromise.resolve(1) instanceof MyPromise);
assert.strictEqual(MyPromise.resolve(mp), mp);
assert.notStrictEqual(Promise.resolve(mp), mp);
assert.ok(MyPromise.all([1]) instanceof MyPromise);
assert.ok(MyPromise.reject(1).catch(function () {}) instanceof MyPromise);

// A constructor that does not inherit from Promise gets plain promises, as
// it has no Symbol.species.
var p = Promise.resolve(20);
p.constructor = function NotAPromise() { throw new Error('never called'); };
var fromPlain = p.then(function (v) { return v; });
assert.strictEqual(Object.getPrototypeOf(fromPlain), Promise.prototype);
record('foreign-constructor', fromPlain);
var bad = Promise.resolve(1);
bad.constructor = 5;
assert.throws(function () { bad.then(); }, function (e) {
  return e instanceof TypeError && e.message === 'The .constructor property is not an object';
});

// then with a foreign constructor goes through its executor.
function Deferredish(executor) {
  var self = this;
  self.calls = 0;
  executor(function (v) { self.calls++; self.value = v; }, function (r) { self.calls++; self.reason = r; });
}
Object.setPrototypeOf(Deferredish, Promise);
var q = Promise.resolve('x');
q.constructor = Deferredish;
var viaForeign = q.then(function (v) { return v + '!'; });
assert.ok(viaForeign instanceof Deferredish);

process.on('exit', function () {
  assert.deepStrictEqual(results.value, ['fulfilled', 1]);
  assert.strictEqual(finallyArgs, 0);
  assert.deepStrictEqual(results.reason, ['rejected', 2]);
  assert.deepStrictEqual(results.throws, ['rejected', 'from-finally']);
  assert.deepStrictEqual(results['rejected-promise'], ['rejected', 'finally-rejected']);
  assert.deepStrictEqual(results.waits, ['fulfilled', 5]);
  assert.deepStrictEqual(results['non-callable'], ['fulfilled', 6]);
  assert.deepStrictEqual(results['subclass-then'], ['fulfilled', 11]);
  assert.deepStrictEqual(results['foreign-constructor'], ['fulfilled', 20]);
  assert.strictEqual(viaForeign.value, 'x!');
  assert.strictEqual(viaForeign.calls, 1);
  console.log('ok');
});
