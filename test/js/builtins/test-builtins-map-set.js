// Map and Set: the API, SameValueZero keys, insertion order and the errors.
'use strict';
var assert = require('assert');

function collect(it) {
  var out = [];
  for (var r = it.next(); !r.done; r = it.next()) out.push(r.value);
  return out;
}

// SameValueZero: NaN is one key, -0 and +0 are one key, and -0 is stored as +0.
var m = new Map();
m.set(NaN, 'nan').set(-0, 'zero');
assert.strictEqual(m.get(NaN), 'nan');
assert.strictEqual(m.get(0 / 0), 'nan');
assert.strictEqual(m.get(0), 'zero');
assert.strictEqual(m.get(-0), 'zero');
m.set(0, 'zero2');
assert.strictEqual(m.size, 2);
assert.strictEqual(m.get(-0), 'zero2');
var zeroKey = collect(m.keys())[1];
assert.ok(Object.is(zeroKey, 0), '-0 is stored as +0');
var s = new Set([-0, 0, NaN, NaN]);
assert.strictEqual(s.size, 2);
assert.ok(Object.is(collect(s.values())[0], 0));

// Keys of every type, told apart by type and identity.
var o1 = {}, o2 = {}, fn = function () {}, sym = Symbol('k');
var keys = [undefined, null, true, false, 1, '1', 1.5, o1, o2, fn, sym, 'x', ''];
var all = new Map();
keys.forEach(function (k, i) { all.set(k, i); });
assert.strictEqual(all.size, keys.length);
keys.forEach(function (k, i) { assert.strictEqual(all.get(k), i); });
assert.strictEqual(all.get({}), undefined);
assert.strictEqual(all.has('true'), false);
assert.strictEqual(all.get('x' + ''), 11, 'strings by value');
assert.strictEqual(all.get(['x'].join('')), 11, 'a string built at run time');

// Insertion order is kept; updating a key keeps its place; re-adding moves it last.
var order = new Map([['a', 1], ['b', 2], ['c', 3]]);
order.set('a', 10);
assert.deepStrictEqual(collect(order.keys()), ['a', 'b', 'c']);
order.delete('a');
order.set('a', 11);
assert.deepStrictEqual(collect(order.entries()), [['b', 2], ['c', 3], ['a', 11]]);
assert.deepStrictEqual(collect(order.values()), [2, 3, 11]);

// Many entries, deletes and re-inserts (several compactions).
var big = new Map();
for (var i = 0; i < 5000; i++) big.set(i, 'v' + i);
for (i = 0; i < 5000; i += 3) assert.strictEqual(big.delete(i), true);
assert.strictEqual(big.delete(0), false);
for (i = 0; i < 5000; i++) assert.strictEqual(big.get(i), i % 3 === 0 ? undefined : 'v' + i);
for (i = 0; i < 5000; i += 3) big.set(i, 'again');
assert.strictEqual(big.size, 5000);
var bigKeys = collect(big.keys());
assert.strictEqual(bigKeys[0], 1);
assert.strictEqual(bigKeys[bigKeys.length - 1], 4998);

// clear, has, delete results.
var c = new Map([[1, 1]]);
assert.strictEqual(c.has(1), true);
assert.strictEqual(c.clear(), undefined);
assert.strictEqual(c.size, 0);
assert.strictEqual(c.has(1), false);
assert.strictEqual(c.set(2, 2), c, 'set returns the map');
var sa = new Set();
assert.strictEqual(sa.add(1), sa, 'add returns the set');

// forEach: callback arguments and thisArg.
var seen = [];
var ctx = {};
new Map([['k', 'v']]).forEach(function (v, k, map) { seen.push(v, k, map instanceof Map, this); }, ctx);
assert.deepStrictEqual(seen, ['v', 'k', true, ctx]);
seen = [];
var set3 = new Set(['x']);
set3.forEach(function (v, k, set) { seen.push(v, k, set === set3); });
assert.deepStrictEqual(seen, ['x', 'x', true]);

// Constructors from iterables: arrays, other maps, strings, generic iterators.
assert.deepStrictEqual(collect(new Map(new Map([[1, 2]])).entries()), [[1, 2]]);
assert.deepStrictEqual(collect(new Set('abca').values()), ['a', 'b', 'c']);
var custom = {};
custom[Symbol.iterator] = function () {
  var n = 0;
  return { next: function () { n++; return n > 2 ? { done: true } : { value: [n, n * n], done: false }; } };
};
assert.deepStrictEqual(collect(new Map(custom).entries()), [[1, 1], [2, 4]]);
assert.strictEqual(new Map(null).size, 0);
assert.strictEqual(new Set(undefined).size, 0);

// The constructor closes the iterator when an entry is bad.
var closed = 0;
var bad = {};
bad[Symbol.iterator] = function () {
  return { next: function () { return { value: 1, done: false }; }, return: function () { closed++; return {}; } };
};
assert.throws(function () { new Map(bad); }, TypeError);
assert.strictEqual(closed, 1);

// A subclass's set/add is what the constructor uses.
var calls = [];
var origSet = Map.prototype.set;
Map.prototype.set = function (k, v) { calls.push(k); return origSet.call(this, k, v); };
try {
  new Map([[1, 1], [2, 2]]);
} finally {
  Map.prototype.set = origSet;
}
assert.deepStrictEqual(calls, [1, 2]);

// Errors.
assert.throws(function () { Map(); }, TypeError);
assert.throws(function () { Set(); }, TypeError);
assert.throws(function () { new Map([1]); }, TypeError);
assert.throws(function () { new Map(5); }, TypeError);
assert.throws(function () { new Set(5); }, TypeError);
assert.throws(function () { Map.prototype.get.call(new Set(), 1); }, TypeError);
assert.throws(function () { Set.prototype.add.call(new Map(), 1); }, TypeError);
assert.throws(function () { Map.prototype.has.call({}, 1); }, TypeError);
assert.throws(function () { return Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.call({}); }, TypeError);
assert.throws(function () { new Map().forEach(5); }, TypeError);
assert.throws(function () { Map.prototype.entries.call([]); }, TypeError);

// Shapes: names, lengths, attributes, toString tags, shared functions.
assert.strictEqual(Map.name, 'Map');
assert.strictEqual(Map.length, 0);
assert.strictEqual(Set.length, 0);
assert.strictEqual(Map.prototype.set.length, 2);
assert.strictEqual(Map.prototype.forEach.length, 1);
assert.strictEqual(Map.prototype.get.name, 'get');
assert.strictEqual(Map.prototype[Symbol.iterator], Map.prototype.entries);
assert.strictEqual(Set.prototype[Symbol.iterator], Set.prototype.values);
assert.strictEqual(Set.prototype.keys, Set.prototype.values);
assert.strictEqual(Map.prototype.constructor, Map);
assert.strictEqual(Object.getOwnPropertyDescriptor(Map.prototype, 'get').enumerable, false);
assert.strictEqual(Object.keys(Map.prototype).length, 0);
var sizeDesc = Object.getOwnPropertyDescriptor(Set.prototype, 'size');
assert.strictEqual(typeof sizeDesc.get, 'function');
assert.strictEqual(sizeDesc.set, undefined);
assert.strictEqual(sizeDesc.get.name, 'get size');
assert.strictEqual(Object.prototype.toString.call(new Map()), '[object Map]');
assert.strictEqual(Object.prototype.toString.call(new Set()), '[object Set]');
assert.strictEqual(Object.prototype.toString.call(new Map().entries()), '[object Map Iterator]');
assert.strictEqual(Object.prototype.toString.call(new Set().values()), '[object Set Iterator]');
var mi = new Map().keys();
assert.strictEqual(mi[Symbol.iterator](), mi);
assert.strictEqual(Object.keys(new Map([[1, 2]])).length, 0, 'no visible own properties');
assert.deepStrictEqual(Object.getOwnPropertyNames(new Map([[1, 2]])), []);
assert.ok(new Map() instanceof Map);

// Freezing a collection or an iterator does not stop it working (as in V8).
var frozen = Object.freeze(new Map());
for (i = 0; i < 100; i++) frozen.set(i, i);
for (i = 0; i < 90; i++) frozen.delete(i);
for (i = 0; i < 100; i++) frozen.set('x' + i, i);
var frozenIt = Object.freeze(frozen.keys());
assert.strictEqual(frozenIt.next().value, 90);
frozen.clear();
frozen.set('after', 1);
assert.deepStrictEqual(frozenIt.next(), { value: 'after', done: false });
assert.strictEqual(frozen.size, 1);
assert.strictEqual(Object.isFrozen(frozen), true);
var frozenArrayIt = Object.freeze([1, 2].values());
assert.strictEqual(frozenArrayIt.next().value, 1);
assert.strictEqual(frozenArrayIt.next().value, 2);
assert.strictEqual(frozenArrayIt.next().done, true);
