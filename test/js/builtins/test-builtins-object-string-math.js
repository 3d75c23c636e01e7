// Object, String, Number and Math builtins added to Duktape (or already in it),
// checked against the spec's results, attributes and errors.
'use strict';
var assert = require('assert');

// Object.entries / values: enumerable own string keys, integer keys first.
var o = { b: 1, a: 2 };
o[2] = 'two';
o[1] = 'one';
Object.defineProperty(o, 'hidden', { value: 3, enumerable: false });
o[Symbol('s')] = 4;
assert.deepStrictEqual(Object.entries(o), [['1', 'one'], ['2', 'two'], ['b', 1], ['a', 2]]);
assert.deepStrictEqual(Object.values(o), ['one', 'two', 1, 2]);
assert.deepStrictEqual(Object.entries('ab'), [['0', 'a'], ['1', 'b']]);
assert.deepStrictEqual(Object.values(5), []);
assert.deepStrictEqual(Object.entries([7, 8]), [['0', 7], ['1', 8]]);
var getterSeen = { a: 1, get b() { delete this.c; return 2; }, c: 3 };
assert.deepStrictEqual(Object.entries(getterSeen), [['a', 1], ['b', 2]], 'a key deleted meanwhile is skipped');
assert.throws(function () { Object.entries(null); }, TypeError);
assert.throws(function () { Object.values(undefined); }, TypeError);

// Object.fromEntries.
assert.deepStrictEqual(Object.fromEntries([['a', 1], ['b', 2]]), { a: 1, b: 2 });
assert.deepStrictEqual(Object.fromEntries(new Map([['x', 'y']])), { x: 'y' });
var symKey = Symbol('k');
assert.strictEqual(Object.fromEntries([[symKey, 1]])[symKey], 1);
assert.deepStrictEqual(Object.fromEntries([[1, 'n']]), { 1: 'n' });
var protoKey = Object.fromEntries([['__proto__', 5]]);
assert.strictEqual(Object.getPrototypeOf(protoKey), Object.prototype, '__proto__ is an own property');
assert.strictEqual(Object.getOwnPropertyDescriptor(protoKey, '__proto__').value, 5);
assert.throws(function () { Object.fromEntries([1]); }, TypeError);
assert.throws(function () { Object.fromEntries(); }, TypeError);
assert.throws(function () { Object.fromEntries(5); }, TypeError);

// Object.getOwnPropertyDescriptors.
var descs = Object.getOwnPropertyDescriptors(o);
assert.deepStrictEqual(descs.hidden, { value: 3, writable: false, enumerable: false, configurable: false });
assert.deepStrictEqual(descs.b, { value: 1, writable: true, enumerable: true, configurable: true });
assert.strictEqual(Object.getOwnPropertySymbols(descs).length, 1);
var acc = Object.getOwnPropertyDescriptors({ get g() { return 1; } }).g;
assert.strictEqual(typeof acc.get, 'function');
assert.strictEqual(acc.set, undefined);
assert.throws(function () { Object.getOwnPropertyDescriptors(null); }, TypeError);

// Object.assign and Object.is (Duktape's own).
assert.deepStrictEqual(Object.assign({ a: 1 }, { b: 2 }, null, { a: 3 }), { a: 3, b: 2 });
assert.strictEqual(Object.is(NaN, NaN), true);
assert.strictEqual(Object.is(0, -0), false);

// padStart / padEnd.
assert.strictEqual('5'.padStart(3, '0'), '005');
assert.strictEqual('abc'.padStart(10, '123'), '1231231abc');
assert.strictEqual('abc'.padEnd(6, '12'), 'abc121');
assert.strictEqual('abc'.padStart(5), '  abc');
assert.strictEqual('abc'.padEnd(2), 'abc');
assert.strictEqual('abc'.padEnd(6, ''), 'abc');
assert.strictEqual('x'.padStart(4, '\u00e9\u4e2d'), '\u00e9\u4e2d\u00e9x');
assert.strictEqual('x'.padStart(3, '\uD83D\uDE00'), '\uD83D\uDE00x');
assert.strictEqual('x'.padStart(2, '\uD83D\uDE00'), '\uD83Dx', 'cut between code units');
assert.strictEqual(String.prototype.padStart.call(7, 3, 0), '007');
assert.throws(function () { String.prototype.padEnd.call(null, 3); }, TypeError);
assert.throws(function () { 'a'.padStart(Math.pow(2, 40)); }, RangeError);
assert.strictEqual(String.prototype.padStart.length, 1);

// trimStart / trimEnd and their old names.
assert.strictEqual('  \t\n a b \u00a0\ufeff'.trimStart(), 'a b \u00a0\ufeff');
assert.strictEqual('\u2028 a b \u3000\u2009'.trimEnd(), '\u2028 a b');
assert.strictEqual('\u00e9 '.trimEnd(), '\u00e9');
assert.strictEqual(' \u4e2d'.trimStart(), '\u4e2d');
assert.strictEqual('   '.trimEnd(), '');
assert.strictEqual(''.trimStart(), '');
assert.strictEqual(String.prototype.trimLeft, String.prototype.trimStart);
assert.strictEqual(String.prototype.trimRight, String.prototype.trimEnd);
assert.strictEqual(String.prototype.trimLeft.name, 'trimStart');
assert.throws(function () { String.prototype.trimStart.call(undefined); }, TypeError);

// at.
assert.strictEqual('abc'.at(-1), 'c');
assert.strictEqual('abc'.at(0), 'a');
assert.strictEqual('abc'.at(5), undefined);
assert.strictEqual('\uD83D\uDE00'.at(0), '\uD83D');

// String.raw.
assert.strictEqual(String.raw({ raw: ['a', 'b', 'c'] }, 1, 2, 3), 'a1b2c');
assert.strictEqual(String.raw({ raw: 'xyz' }, '-', '+'), 'x-y+z');
assert.strictEqual(String.raw({ raw: [] }), '');
assert.strictEqual(String.raw({ raw: { length: 2, 0: 'p', 1: 'q' } }), 'pq');
assert.throws(function () { String.raw(); }, TypeError);
assert.throws(function () { String.raw({}); }, TypeError);
assert.strictEqual(String.raw.length, 1);

// String methods Duktape has.
assert.strictEqual('\uD83D\uDE00'.codePointAt(0), 0x1F600);
assert.strictEqual(String.fromCodePoint(0x1F600), '\uD83D\uDE00');
assert.strictEqual('abc'.includes('b'), true);
assert.strictEqual('abc'.startsWith('ab'), true);
assert.strictEqual('abc'.endsWith('bc'), true);
assert.strictEqual('ab'.repeat(3), 'ababab');

// Number (Duktape's own).
assert.strictEqual(Number.isInteger(5), true);
assert.strictEqual(Number.isInteger(5.5), false);
assert.strictEqual(Number.isSafeInteger(Math.pow(2, 53)), false);
assert.strictEqual(Number.isFinite('5'), false);
assert.strictEqual(Number.isNaN('x'), false);
assert.strictEqual(Number.parseFloat('1.5x'), 1.5);
assert.strictEqual(Number.parseInt('ff', 16), 255);
assert.strictEqual(Number.EPSILON, Math.pow(2, -52));
assert.strictEqual(Number.MAX_SAFE_INTEGER, 9007199254740991);
assert.strictEqual(Number.MIN_SAFE_INTEGER, -9007199254740991);

// Math.
function near(a, b) { assert.ok(Math.abs(a - b) < 1e-12, a + ' ~ ' + b); }
near(Math.log1p(1e-10), 9.9999999995e-11);
near(Math.expm1(1e-10), 1.00000000005e-10);
near(Math.sinh(1), 1.1752011936438014);
near(Math.cosh(1), 1.5430806348152437);
near(Math.tanh(0.5), 0.46211715726000974);
near(Math.asinh(1), 0.881373587019543);
near(Math.acosh(2), 1.3169578969248166);
near(Math.atanh(0.5), 0.5493061443340549);
assert.strictEqual(Math.acosh(0.5), NaN === NaN ? 0 : Math.acosh(0.5));
assert.ok(isNaN(Math.acosh(0.5)));
assert.strictEqual(Math.atanh(1), Infinity);
assert.ok(Object.is(Math.tanh(-0), -0));
assert.strictEqual(Math.fround(5.5), 5.5);
assert.strictEqual(Math.fround(5.05), 5.050000190734863);
assert.strictEqual(Math.fround(Math.pow(2, 150)), Infinity);
assert.ok(isNaN(Math.fround('x')));
assert.strictEqual(Math.log1p.length, 1);
assert.strictEqual(Math.fround.name, 'fround');
assert.strictEqual(Object.getOwnPropertyDescriptor(Math, 'sinh').enumerable, false);
assert.strictEqual(Math.trunc(-4.7), -4);
assert.strictEqual(Math.sign(-3), -1);
assert.strictEqual(Math.imul(3, 4), 12);
assert.strictEqual(Math.clz32(1), 31);
assert.strictEqual(Math.hypot(3, 4), 5);
assert.strictEqual(Math.cbrt(27), 3);
assert.strictEqual(Math.log2(8), 3);
assert.strictEqual(Math.log10(1000), 3);

// globalThis.
assert.strictEqual(typeof globalThis, 'object');
assert.strictEqual(globalThis.Math, Math);
