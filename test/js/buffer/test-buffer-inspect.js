// expect-stdout: <Buffer 68 69>\n{ a: <Buffer 01 02> }\n
// util.inspect and console.log print Buffers as Node does: hex bytes, at most
// INSPECT_MAX_BYTES of them, then own properties.
'use strict';
var assert = require('assert');
var util = require('util');
var bufferModule = require('buffer');

console.log(Buffer.from('hi'));
console.log({ a: Buffer.from([1, 2]) });

assert.strictEqual(util.inspect(Buffer.from('hi')), '<Buffer 68 69>');
assert.strictEqual(util.inspect(Buffer.alloc(0)), '<Buffer >');
var fifty = [];
for (var i = 0; i < 50; i++) fifty.push('01');
assert.strictEqual(util.inspect(Buffer.alloc(50, 1)), '<Buffer ' + fifty.join(' ') + '>');
assert.strictEqual(util.inspect(Buffer.alloc(51, 1)), '<Buffer ' + fifty.join(' ') + ' ... 1 more byte>');
assert.strictEqual(util.inspect(Buffer.alloc(1000, 1)), '<Buffer ' + fifty.join(' ') + ' ... 950 more bytes>');
assert.strictEqual(util.inspect({ a: Buffer.from([1, 2]), b: [Buffer.from('x')] }),
  '{ a: <Buffer 01 02>, b: [ <Buffer 78> ] }');
assert.strictEqual(util.inspect([Buffer.from('ab')], { depth: 0 }), '[ <Buffer 61 62> ]');

var e = Buffer.from('ab');
e.foo = 1;
e.bar = 'x';
assert.strictEqual(util.inspect(e), '<Buffer 61 62, foo: 1, bar: \'x\'>');
var e0 = Buffer.alloc(0);
e0.foo = { a: 1 };
assert.strictEqual(util.inspect(e0), '<Buffer foo: { a: 1 }>');

assert.strictEqual(util.format('%s|%o|%j', Buffer.from('a'), Buffer.from('a'), Buffer.from('a')),
  'a|<Buffer 61>|{"type":"Buffer","data":[97]}');
assert.strictEqual(String(Buffer.from('ab')), 'ab');
assert.strictEqual('' + Buffer.from('xy'), 'xy');

bufferModule.INSPECT_MAX_BYTES = 2;
assert.strictEqual(util.inspect(Buffer.from('abcd')), '<Buffer 61 62 ... 2 more bytes>');
assert.strictEqual(util.inspect(Buffer.from('abc')), '<Buffer 61 62 ... 1 more byte>');
bufferModule.INSPECT_MAX_BYTES = 50;

// A plain Uint8Array keeps its own format; showHidden adds nothing.
assert.strictEqual(util.inspect(new Uint8Array([1, 2])), 'Uint8Array(2) [ 1, 2 ]');
assert.strictEqual(util.inspect(Buffer.from('ab'), { showHidden: true }), '<Buffer 61 62>');
// Buffers made in C print the same.
assert.strictEqual(util.inspect(Buffer.concat([Buffer.from('a'), Buffer.from('b')])), '<Buffer 61 62>');

// Large Buffers print and compare without listing their elements as keys
// (that took minutes for 16 MB).
var large = Buffer.alloc(16 * 1024 * 1024);
large.tag = 'big';
var shown = util.inspect(large);
var zeros = [];
for (var z = 0; z < 50; z++) zeros.push('00');
assert.strictEqual(shown, '<Buffer ' + zeros.join(' ') + ' ... 16777166 more bytes, tag: \'big\'>');
var twin = Buffer.alloc(16 * 1024 * 1024);
twin.tag = 'big';
assert.ok(util.isDeepStrictEqual(large, twin));
twin[16 * 1024 * 1024 - 1] = 1;
assert.ok(!util.isDeepStrictEqual(large, twin));
var sym = Buffer.from('ab');
sym[Symbol('s')] = 2;
Object.defineProperty(sym, 'hidden', { value: 3, enumerable: false });
assert.strictEqual(util.inspect(sym), '<Buffer 61 62, [Symbol(s)]: 2>');
assert.strictEqual(util.inspect(sym, { showHidden: true }), '<Buffer 61 62, hidden: 3, [Symbol(s)]: 2>');

// INSPECT_MAX_BYTES takes numbers >= 0 only.
assert.throws(function () { bufferModule.INSPECT_MAX_BYTES = 'x'; }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "INSPECT_MAX_BYTES" argument must be of type number. Received type string (\'x\')'
});
assert.throws(function () { bufferModule.INSPECT_MAX_BYTES = -1; }, {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "INSPECT_MAX_BYTES" is out of range. It must be >= 0. Received -1'
});
assert.throws(function () { bufferModule.INSPECT_MAX_BYTES = NaN; }, { code: 'ERR_OUT_OF_RANGE' });
assert.strictEqual(bufferModule.INSPECT_MAX_BYTES, 50);
