// Array builtins added to Duktape: Array.from/of and the ES2015-ES2022
// prototype methods, generic over array-likes, with the spec's errors.
'use strict';
var assert = require('assert');

// Array.from: iterables, array-likes, mapFn, thisArg, constructors.
assert.deepStrictEqual(Array.from([1, 2, 3]), [1, 2, 3]);
assert.deepStrictEqual(Array.from({ length: 3, 0: 'a', 2: 'c' }), ['a', undefined, 'c']);
assert.deepStrictEqual(Array.from({ length: 2 }, function (v, i) { return i * this.k; }, { k: 10 }), [0, 10]);
assert.deepStrictEqual(Array.from(new Set([1, 1, 2])), [1, 2]);
assert.deepStrictEqual(Array.from(new Map([[1, 2]])), [[1, 2]]);
assert.deepStrictEqual(Array.from('abc', function (c) { return c.toUpperCase(); }), ['A', 'B', 'C']);
assert.deepStrictEqual(Array.from(5), []);
assert.deepStrictEqual(Array.from({ length: -1 }), []);
(function () { assert.deepStrictEqual(Array.from(arguments), [1, 2]); })(1, 2);
assert.ok(Array.isArray(Array.from([])));
assert.throws(function () { Array.from(null); }, TypeError);
assert.throws(function () { Array.from(undefined); }, TypeError);
assert.throws(function () { Array.from([], 'nope'); }, TypeError);
function Sub(n) { this.made = arguments.length ? n : 'none'; }
var viaIterable = Array.from.call(Sub, [7, 8]);
assert.ok(viaIterable instanceof Sub);
assert.strictEqual(viaIterable.made, 'none');
assert.strictEqual(viaIterable.length, 2);
assert.strictEqual(viaIterable[1], 8);
var viaArrayLike = Array.from.call(Sub, { length: 1, 0: 'z' });
assert.strictEqual(viaArrayLike.made, 1);
assert.strictEqual(viaArrayLike[0], 'z');
assert.ok(Array.isArray(Array.from.call({}, [1])), 'a non-constructor this gives an array');
assert.strictEqual(Array.from.length, 1);

// Array.of.
assert.deepStrictEqual(Array.of(7), [7]);
assert.deepStrictEqual(Array.of(), []);
assert.deepStrictEqual(Array.of(1, 'a', undefined), [1, 'a', undefined]);
var ofSub = Array.of.call(Sub, 'p', 'q');
assert.ok(ofSub instanceof Sub);
assert.strictEqual(ofSub.made, 2);
assert.strictEqual(ofSub.length, 2);
assert.strictEqual(Array.of.length, 0);

// find, findIndex, findLast, findLastIndex.
var arr = [5, 12, 8, 130, 44];
assert.strictEqual(arr.find(function (x) { return x > 10; }), 12);
assert.strictEqual(arr.findIndex(function (x) { return x > 10; }), 1);
assert.strictEqual(arr.findLast(function (x) { return x > 10; }), 44);
assert.strictEqual(arr.findLastIndex(function (x) { return x > 10; }), 4);
assert.strictEqual(arr.find(function (x) { return x > 1000; }), undefined);
assert.strictEqual(arr.findIndex(function (x) { return x > 1000; }), -1);
assert.strictEqual(arr.findLastIndex(function () { return false; }), -1);
var args = [];
[, 'b'].find(function (v, i, o) { args.push(v, i, o.length, this.t); }, { t: 'T' });
assert.deepStrictEqual(args, [undefined, 0, 2, 'T', 'b', 1, 2, 'T'], 'holes are visited');
assert.strictEqual(Array.prototype.find.call('xyz', function (c) { return c === 'y'; }), 'y');
assert.throws(function () { [].find(); }, TypeError);
assert.throws(function () { [1].findLast({}); }, TypeError);
assert.throws(function () { Array.prototype.find.call(null, function () {}); }, TypeError);

// includes: SameValueZero, fromIndex.
assert.strictEqual([1, NaN].includes(NaN), true);
assert.strictEqual([NaN].indexOf(NaN), -1);
assert.strictEqual([-0].includes(0), true);
assert.strictEqual([1, 2, 3].includes(1, 1), false);
assert.strictEqual([1, 2, 3].includes(3, -1), true);
assert.strictEqual([1, 2, 3].includes(1, -10), true);
assert.strictEqual([1].includes(1, Infinity), false);
assert.strictEqual([, ].includes(undefined), true);
assert.strictEqual(['1'].includes(1), false);
assert.strictEqual(Array.prototype.includes.call({ length: 1, 0: 'a' }, 'a'), true);
assert.strictEqual(new Uint8Array([1, 2]).includes(2), true);

// fill.
assert.deepStrictEqual([1, 2, 3].fill(4), [4, 4, 4]);
assert.deepStrictEqual([1, 2, 3].fill(4, 1), [1, 4, 4]);
assert.deepStrictEqual([1, 2, 3].fill(4, -3, -2), [4, 2, 3]);
assert.deepStrictEqual([1, 2, 3].fill(4, NaN, NaN), [1, 2, 3]);
assert.deepStrictEqual(Array(3).fill(0), [0, 0, 0]);
var filled = Array.prototype.fill.call({ length: 2 }, 'x');
assert.deepStrictEqual(filled, { length: 2, 0: 'x', 1: 'x' });
assert.deepStrictEqual(Array.from(new Uint8Array(3).fill(7, 1)), [0, 7, 7]);
assert.throws(function () { Object.freeze([1]).fill(2); }, TypeError);

// copyWithin.
assert.deepStrictEqual([1, 2, 3, 4, 5].copyWithin(0, 3), [4, 5, 3, 4, 5]);
assert.deepStrictEqual([1, 2, 3, 4, 5].copyWithin(1, 0), [1, 1, 2, 3, 4]);
assert.deepStrictEqual([1, 2, 3, 4, 5].copyWithin(-2, -3, -1), [1, 2, 3, 3, 4]);
var holes = [1, , 3].copyWithin(0, 1);
assert.strictEqual(0 in holes, false, 'a hole is copied as a hole');
assert.strictEqual(holes[1], 3);
assert.strictEqual(Array.prototype.copyWithin.length, 2);

// flat and flatMap.
assert.deepStrictEqual([1, [2, [3, [4]]]].flat(), [1, 2, [3, [4]]]);
assert.deepStrictEqual([1, [2, [3, [4]]]].flat(2), [1, 2, 3, [4]]);
assert.deepStrictEqual([1, [2, [3, [4]]]].flat(Infinity), [1, 2, 3, 4]);
assert.deepStrictEqual([1, [2]].flat(0), [1, [2]]);
assert.deepStrictEqual([1, [2]].flat(-1), [1, [2]]);
assert.deepStrictEqual([1, , 3, [4, , 6]].flat(), [1, 3, 4, 6], 'holes are skipped');
assert.deepStrictEqual([1, 2].flatMap(function (x) { return [x, x * 2]; }), [1, 2, 2, 4]);
assert.deepStrictEqual([1, 2].flatMap(function (x) { return [[x]]; }), [[1], [2]]);
assert.deepStrictEqual(['a'].flatMap(function (x, i, o) { return [x, i, o.length, this.t]; }, { t: 9 }), ['a', 0, 1, 9]);
assert.deepStrictEqual([{ length: 1, 0: 'z' }].flat(), [{ length: 1, 0: 'z' }], 'array-likes are not spread');
assert.throws(function () { [1].flatMap(); }, TypeError);
var selfNested = [1];
selfNested.push(selfNested);
assert.throws(function () { selfNested.flat(Infinity); }, RangeError);

// at.
assert.strictEqual([1, 2, 3].at(0), 1);
assert.strictEqual([1, 2, 3].at(-1), 3);
assert.strictEqual([1, 2, 3].at(3), undefined);
assert.strictEqual([1, 2, 3].at(-4), undefined);
assert.strictEqual([1, 2, 3].at('1'), 2);
assert.strictEqual([1, 2, 3].at(1.7), 2);
assert.strictEqual(new Int8Array([1, -2]).at(-1), -2);

// Shapes.
['find', 'findIndex', 'findLast', 'findLastIndex', 'fill', 'includes', 'flatMap', 'at'].forEach(function (name) {
  var d = Object.getOwnPropertyDescriptor(Array.prototype, name);
  assert.strictEqual(d.enumerable, false, name);
  assert.strictEqual(d.writable, true, name);
  assert.strictEqual(d.configurable, true, name);
  assert.strictEqual(d.value.length, 1, name + '.length');
  assert.strictEqual(d.value.name, name);
});
assert.strictEqual(Array.prototype.flat.length, 0);
var enumerated = [];
for (var key in [1]) enumerated.push(key);
assert.deepStrictEqual(enumerated, ['0'], 'nothing new is enumerable');
