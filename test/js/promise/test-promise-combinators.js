// Promise.all, allSettled, any and race: empty input, non-promise values,
// order of results, first settlement wins, AggregateError, iterables,
// non-iterables, and closing the iterator after an error.
'use strict';
var assert = require('assert');
var results = {};
function record(name, p) {
  assert.ok(p instanceof Promise, name);
  p.then(function (v) { results[name] = ['fulfilled', v]; },
         function (r) { results[name] = ['rejected', r]; });
}
function later(v, ms, reject) {
  return new Promise(function (res, rej) { setTimeout(function () { (reject ? rej : res)(v); }, ms); });
}

record('all-empty', Promise.all([]));
record('all-values', Promise.all([1, 'two', Promise.resolve(3), { then: function (r) { r(4); } }]));
record('all-order', Promise.all([later('slow', 5), later('fast', 1)]));
record('all-reject', Promise.all([later('slow', 5), Promise.reject('no'), 3]));
record('allSettled-empty', Promise.allSettled([]));
record('allSettled', Promise.allSettled([1, Promise.reject('r'), later('l', 1)]));
record('any-empty', Promise.any([]));
record('any-first', Promise.any([Promise.reject('a'), later('b', 2), later('c', 1)]));
record('any-all-rejected', Promise.any([Promise.reject('x'), later('y', 1, true)]));
record('race-empty-settles-never', Promise.race([]));
record('race', Promise.race([later('slow', 5), later('fast', 1)]));
record('race-value', Promise.race([later('slow', 5), 'now']));
record('race-reject', Promise.race([later('slow', 5), later('err', 1, true)]));

// Iterables: strings by code points, custom iterators, arguments objects.
record('string', Promise.all('ab\ud83d\ude00'));
var iterable = {};
iterable[Symbol.iterator] = function () {
  var i = 0;
  return { next: function () { i++; return i <= 3 ? { value: i * 10, done: false } : { done: true }; } };
};
record('iterator', Promise.all(iterable));
(function () { record('arguments', Promise.all(arguments)); })(7, 8);

// Not iterable: a rejection, not a throw.
record('number', Promise.all(5));
record('undefined', Promise.race());
record('object', Promise.any({}));
record('null', Promise.allSettled(null));
var badResult = {};
badResult[Symbol.iterator] = function () { return 5; };
record('bad-iterator', Promise.all(badResult));
var badStep = {};
badStep[Symbol.iterator] = function () { return { next: function () { return 'x'; } }; };
record('bad-step', Promise.all(badStep));

// An error after the iterator was opened closes it (return() is called).
var closed = 0;
var endless = {};
endless[Symbol.iterator] = function () {
  return {
    next: function () { return { value: 1, done: false }; },
    'return': function () { closed++; return {}; }
  };
};
function Ctor(executor) { return new Promise(executor); }
Ctor.resolve = function () { throw new Error('resolve threw'); };
record('closed', Promise.all.call(Ctor, endless));
// A throwing next() does not call return().
var throwingNext = {};
throwingNext[Symbol.iterator] = function () {
  return { next: function () { throw new Error('next threw'); }, 'return': function () { closed += 100; } };
};
record('next-threw', Promise.race(throwingNext));
// resolve is looked up on the constructor; not callable rejects.
Ctor.resolve = 5;
record('resolve-not-callable', Promise.all.call(Ctor, [1]));

// AggregateError itself.
var ae = new AggregateError([1, 2], 'msg', { cause: 'why' });
assert.ok(ae instanceof AggregateError && ae instanceof Error);
assert.strictEqual(Object.getPrototypeOf(AggregateError), Error);
assert.strictEqual(AggregateError.length, 2);
assert.strictEqual(ae.name, 'AggregateError');
assert.strictEqual(ae.message, 'msg');
assert.strictEqual(ae.cause, 'why');
assert.deepStrictEqual(ae.errors, [1, 2]);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(ae, 'errors'),
  { value: [1, 2], writable: true, enumerable: false, configurable: true });
var noNew = AggregateError([3]);
assert.strictEqual(noNew.message, '');
assert.strictEqual(Object.prototype.hasOwnProperty.call(noNew, 'message'), false);
assert.throws(function () { new AggregateError(5); }, TypeError);

process.on('exit', function () {
  function typeErr(name, message) {
    assert.strictEqual(results[name][0], 'rejected', name);
    assert.ok(results[name][1] instanceof TypeError, name);
    assert.strictEqual(results[name][1].message, message, name);
  }
  assert.deepStrictEqual(results['all-empty'], ['fulfilled', []]);
  assert.deepStrictEqual(results['all-values'], ['fulfilled', [1, 'two', 3, 4]]);
  assert.deepStrictEqual(results['all-order'], ['fulfilled', ['slow', 'fast']]);
  assert.deepStrictEqual(results['all-reject'], ['rejected', 'no']);
  assert.deepStrictEqual(results['allSettled-empty'], ['fulfilled', []]);
  assert.deepStrictEqual(results.allSettled, ['fulfilled', [
    { status: 'fulfilled', value: 1 }, { status: 'rejected', reason: 'r' },
    { status: 'fulfilled', value: 'l' }]]);
  var anyEmpty = results['any-empty'];
  assert.strictEqual(anyEmpty[0], 'rejected');
  assert.ok(anyEmpty[1] instanceof AggregateError);
  assert.strictEqual(anyEmpty[1].message, 'All promises were rejected');
  assert.deepStrictEqual(anyEmpty[1].errors, []);
  assert.deepStrictEqual(results['any-first'], ['fulfilled', 'c']);
  assert.deepStrictEqual(results['any-all-rejected'][1].errors, ['x', 'y']);
  assert.strictEqual(results['race-empty-settles-never'], undefined);
  assert.deepStrictEqual(results.race, ['fulfilled', 'fast']);
  assert.deepStrictEqual(results['race-value'], ['fulfilled', 'now']);
  assert.deepStrictEqual(results['race-reject'], ['rejected', 'err']);
  assert.deepStrictEqual(results.string, ['fulfilled', ['a', 'b', '\ud83d\ude00']]);
  assert.deepStrictEqual(results.iterator, ['fulfilled', [10, 20, 30]]);
  assert.deepStrictEqual(results.arguments, ['fulfilled', [7, 8]]);
  typeErr('number', 'number 5 is not iterable (cannot read property Symbol(Symbol.iterator))');
  typeErr('undefined', 'undefined is not iterable (cannot read property Symbol(Symbol.iterator))');
  typeErr('object', 'object is not iterable (cannot read property Symbol(Symbol.iterator))');
  typeErr('null', 'object null is not iterable (cannot read property Symbol(Symbol.iterator))');
  typeErr('bad-iterator', 'Result of the Symbol.iterator method is not an object');
  typeErr('bad-step', 'Iterator result x is not an object');
  typeErr('resolve-not-callable', 'resolve is not a function');
  assert.strictEqual(results.closed[1].message, 'resolve threw');
  assert.strictEqual(results['next-threw'][1].message, 'next threw');
  assert.strictEqual(closed, 1);
  console.log('ok');
});
