// Iteration: array, typed array and string iterators, %IteratorPrototype%,
// and the iteration protocol as Array.from and the collections consume it.
'use strict';
var assert = require('assert');

function collect(it) {
  var out = [];
  for (var r = it.next(); !r.done; r = it.next()) out.push(r.value);
  return out;
}

// What get-intrinsic (qs, tape, express) does at load time.
var arrayIter = [][Symbol.iterator]();
var ArrayIteratorPrototype = Object.getPrototypeOf(arrayIter);
var IteratorPrototype = Object.getPrototypeOf(ArrayIteratorPrototype);
assert.strictEqual(typeof ArrayIteratorPrototype.next, 'function');
assert.strictEqual(Object.prototype.toString.call(arrayIter), '[object Array Iterator]');
assert.strictEqual(typeof IteratorPrototype[Symbol.iterator], 'function');
assert.strictEqual(IteratorPrototype[Symbol.iterator].call(5), 5);
assert.strictEqual(Object.getPrototypeOf(IteratorPrototype), Object.prototype);
assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(new Map().entries())), IteratorPrototype);
assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(''[Symbol.iterator]())), IteratorPrototype);
assert.deepStrictEqual(Object.keys(ArrayIteratorPrototype), []);

// Array iterators.
assert.strictEqual(Array.prototype[Symbol.iterator], Array.prototype.values);
assert.strictEqual(Array.prototype.values.name, 'values');
assert.strictEqual(Array.prototype.entries.length, 0);
assert.strictEqual(Object.getOwnPropertyDescriptor(Array.prototype, 'values').enumerable, false);
assert.deepStrictEqual(collect(['a', 'b'].values()), ['a', 'b']);
assert.deepStrictEqual(collect(['a', 'b'].keys()), [0, 1]);
assert.deepStrictEqual(collect(['a', 'b'].entries()), [[0, 'a'], [1, 'b']]);
assert.deepStrictEqual(collect([, 1].values()), [undefined, 1], 'holes read as undefined');
var grow = [1];
var gi = grow.values();
assert.strictEqual(gi.next().value, 1);
grow.push(2);
assert.strictEqual(gi.next().value, 2, 'the length is read at every step');
assert.deepStrictEqual(gi.next(), { value: undefined, done: true });
grow.push(3);
assert.strictEqual(gi.next().done, true, 'done for good');
var arrayLike = { length: 2, 0: 'x', 1: 'y' };
assert.deepStrictEqual(collect(Array.prototype.values.call(arrayLike)), ['x', 'y']);
assert.deepStrictEqual(collect(Array.prototype.keys.call('ab')), [0, 1]);
assert.throws(function () { Array.prototype.values.call(null); }, TypeError);
assert.throws(function () { ArrayIteratorPrototype.next.call({}); }, TypeError);

// Typed arrays.
var u8 = new Uint8Array([5, 6]);
assert.deepStrictEqual(collect(u8[Symbol.iterator]()), [5, 6]);
assert.deepStrictEqual(collect(new Int16Array([1, -1]).entries()), [[0, 1], [1, -1]]);
assert.deepStrictEqual(collect(new Float64Array(2).keys()), [0, 1]);
assert.deepStrictEqual(Array.from(new Uint16Array([7, 8])), [7, 8]);
assert.throws(function () { Uint8Array.prototype.values.call([1]); }, TypeError);

// Strings iterate by code point.
assert.deepStrictEqual(collect('a\uD83D\uDE00b'[Symbol.iterator]()), ['a', '\uD83D\uDE00', 'b']);
assert.deepStrictEqual(Array.from('x\uD800y\uDC00'), ['x', '\uD800', 'y', '\uDC00'], 'lone surrogates');
assert.deepStrictEqual(Array.from(''), []);
var si = 'ab'[Symbol.iterator]();
assert.strictEqual(Object.prototype.toString.call(si), '[object String Iterator]');
assert.strictEqual(si[Symbol.iterator](), si);
assert.throws(function () { String.prototype[Symbol.iterator].call(undefined); }, TypeError);
assert.deepStrictEqual(collect(String.prototype[Symbol.iterator].call(12)), ['1', '2']);

// The protocol: a patched array iterator is honoured, not bypassed.
var saved = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function () {
  var done = false;
  return { next: function () { var r = { value: [9, 9], done: done }; done = true; return r; } };
};
try {
  assert.deepStrictEqual(collect(new Map([[1, 1], [2, 2]]).entries()), [[9, 9]]);
} finally {
  Array.prototype[Symbol.iterator] = saved;
}
var own = [1, 2, 3];
own[Symbol.iterator] = function () { return [42][Symbol.iterator](); };
assert.deepStrictEqual(Array.from(own), [42]);

// Errors from the protocol.
assert.throws(function () { Array.from({ length: 1 }, 5); }, TypeError);
var noObject = {};
noObject[Symbol.iterator] = function () { return 1; };
assert.throws(function () { new Set(noObject); }, TypeError);
var badResult = {};
badResult[Symbol.iterator] = function () { return { next: function () { return 1; } }; };
assert.throws(function () { Array.from(badResult); }, TypeError);
var notCallable = {};
notCallable[Symbol.iterator] = 1;
assert.throws(function () { new Set(notCallable); }, TypeError);
// The mapping function throws: the iterator is closed; next() throws: it is not.
var closes = 0;
function counting(throwInNext) {
  var o = {};
  o[Symbol.iterator] = function () {
    return {
      next: function () { if (throwInNext) throw new SyntaxError('next'); return { value: 1, done: false }; },
      return: function () { closes++; return {}; }
    };
  };
  return o;
}
assert.throws(function () { Array.from(counting(false), function () { throw new RangeError('map'); }); }, RangeError);
assert.strictEqual(closes, 1);
assert.throws(function () { Array.from(counting(true)); }, SyntaxError);
assert.strictEqual(closes, 1);
