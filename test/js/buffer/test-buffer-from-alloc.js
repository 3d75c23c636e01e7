// Buffer.from / alloc / allocUnsafe / concat / isBuffer / byteLength, and
// that Buffers are Uint8Arrays whose prototype is Buffer.prototype.
'use strict';
var assert = require('assert');
var Buffer = require('buffer').Buffer;

assert.strictEqual(typeof Buffer, 'function');
assert.strictEqual(globalThis.Buffer, Buffer);
assert.strictEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
assert.strictEqual(Object.getPrototypeOf(Buffer), Uint8Array);

var b = Buffer.from('héllo');
assert.ok(b instanceof Buffer);
assert.ok(b instanceof Uint8Array);
assert.strictEqual(b.constructor, Buffer);
assert.strictEqual(b.length, 6);
assert.deepStrictEqual(Array.prototype.slice.call(b), [0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f]);
assert.strictEqual(b.toString(), 'héllo');
assert.strictEqual(Object.prototype.toString.call(b), '[object Uint8Array]');

// Arrays and array-likes: values converted as a Uint8Array converts them.
assert.deepStrictEqual(Array.prototype.slice.call(Buffer.from([256, -1, 1.5, 'a', '7'])), [0, 255, 1, 0, 7]);
assert.deepStrictEqual(Array.prototype.slice.call(Buffer.from({ length: 2, 0: 5, 1: 6 })), [5, 6]);
assert.strictEqual(Buffer.from({ length: 'x' }).length, 0);
assert.deepStrictEqual(Array.prototype.slice.call(Buffer.from({ type: 'Buffer', data: [1, 2] })), [1, 2]);
assert.deepStrictEqual(Array.prototype.slice.call(Buffer.from(new Uint16Array([258, 3]))), [2, 3]);

// A Buffer or Uint8Array is copied.
var src = Buffer.from([1, 2, 3]);
var copy = Buffer.from(src);
copy[0] = 9;
assert.strictEqual(src[0], 1);
var fromU8 = Buffer.from(new Uint8Array([4, 5]));
assert.ok(Buffer.isBuffer(fromU8));
assert.strictEqual(fromU8[1], 5);

// An ArrayBuffer is shared, with byteOffset and length.
var ab = new ArrayBuffer(8);
var shared = Buffer.from(ab, 2, 3);
assert.strictEqual(shared.length, 3);
assert.strictEqual(shared.byteOffset, 2);
shared[0] = 7;
assert.strictEqual(new Uint8Array(ab)[2], 7);
assert.strictEqual(Buffer.from(ab).length, 8);
assert.strictEqual(Buffer.from(ab, 6).length, 2);
assert.strictEqual(Buffer.from(ab, 'x').length, 8);
assert.strictEqual(Buffer.from(ab, 1, -5).length, 0);
assert.throws(function () { Buffer.from(ab, 9); },
  { name: 'RangeError', code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"offset" is outside of buffer bounds' });
assert.throws(function () { Buffer.from(ab, 1, 8); },
  { name: 'RangeError', code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"length" is outside of buffer bounds' });

// valueOf and Symbol.toPrimitive.
assert.strictEqual(Buffer.from(new String('abc')).toString(), 'abc');
assert.strictEqual(Buffer.from({ valueOf: function () { return 'xyz'; } }).toString(), 'xyz');
var prim = {};
prim[Symbol.toPrimitive] = function (hint) { return hint === 'string' ? '6869' : 'no'; };
assert.strictEqual(Buffer.from(prim, 'hex').toString(), 'hi');

// Bad first arguments.
[123, null, undefined, true].forEach(function (bad) {
  assert.throws(function () { Buffer.from(bad); }, { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
});
assert.throws(function () { Buffer.from(123); }, {
  message: 'The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or ' +
    'an Array-like Object. Received type number (123)'
});
assert.throws(function () { Buffer.from({}); }, /Received an instance of Object$/);
assert.throws(function () { Buffer.from('x', 'nope'); },
  { name: 'TypeError', code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope' });
// A non-string or empty encoding means utf8.
assert.strictEqual(Buffer.from('abc', '').toString(), 'abc');
assert.strictEqual(Buffer.from('abc', 5).toString(), 'abc');
assert.strictEqual(Buffer.from('abc', 'UTF-8').toString(), 'abc');

// alloc, allocUnsafe, allocUnsafeSlow.
assert.deepStrictEqual(Array.prototype.slice.call(Buffer.alloc(3)), [0, 0, 0]);
assert.strictEqual(Buffer.alloc(5, 'ab').toString(), 'ababa');
assert.strictEqual(Buffer.alloc(4, 'ff', 'hex').toString('hex'), 'ffffffff');
assert.strictEqual(Buffer.alloc(3, 7).toString('hex'), '070707');
assert.strictEqual(Buffer.alloc(0).length, 0);
assert.strictEqual(Buffer.allocUnsafe(10).length, 10);
assert.ok(Buffer.isBuffer(Buffer.allocUnsafeSlow(4)));
assert.throws(function () { Buffer.alloc(-1); }, {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received -1'
});
assert.throws(function () { Buffer.allocUnsafe(Math.pow(2, 33)); }, {
  message: 'The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received 8_589_934_592'
});
assert.throws(function () { Buffer.allocUnsafeSlow(NaN); }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { Buffer.alloc('5'); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "size" argument must be of type number. Received type string (\'5\')'
});

// Buffer.of.
assert.strictEqual(Buffer.of(1, 2, 258).toString('hex'), '010202');

// isBuffer, isEncoding.
assert.strictEqual(Buffer.isBuffer(b), true);
assert.strictEqual(Buffer.isBuffer(new Uint8Array(2)), false);
assert.strictEqual(Buffer.isBuffer('x'), false);
assert.strictEqual(Buffer.isBuffer(null), false);
['utf8', 'UTF-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'latin1', 'Binary', 'ascii', 'base64', 'base64url', 'HEX']
  .forEach(function (e) { assert.strictEqual(Buffer.isEncoding(e), true, e); });
['', 'utf-16', 'nope', null, 1].forEach(function (e) { assert.strictEqual(Buffer.isEncoding(e), false, String(e)); });

// byteLength.
assert.strictEqual(Buffer.byteLength('\ud83d\ude00\ud800'), 7);
assert.strictEqual(Buffer.byteLength('héllo'), 6);
assert.strictEqual(Buffer.byteLength('abc', 'hex'), 1);
assert.strictEqual(Buffer.byteLength('YQ==', 'base64'), 1);
assert.strictEqual(Buffer.byteLength('a bc d', 'base64'), 4);
assert.strictEqual(Buffer.byteLength('abcd==', 'base64url'), 3);
assert.strictEqual(Buffer.byteLength('ab', 'ucs2'), 4);
assert.strictEqual(Buffer.byteLength('é', 'latin1'), 1);
assert.strictEqual(Buffer.byteLength('abc', 'nope'), 3);
assert.strictEqual(Buffer.byteLength(''), 0);
assert.strictEqual(Buffer.byteLength(new Uint16Array(3)), 6);
assert.strictEqual(Buffer.byteLength(new ArrayBuffer(5)), 5);
assert.strictEqual(Buffer.byteLength(Buffer.alloc(4)), 4);
assert.throws(function () { Buffer.byteLength(5); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. Received type number (5)'
});

// concat.
assert.strictEqual(Buffer.concat([Buffer.from('ab'), new Uint8Array([99]), Buffer.from('d')]).toString(), 'abcd');
assert.strictEqual(Buffer.concat([Buffer.from('abcd')], 2).toString(), 'ab');
assert.strictEqual(Buffer.concat([Buffer.from('ab')], 4).toString('hex'), '61620000');
assert.strictEqual(Buffer.concat([]).length, 0);
assert.ok(Buffer.isBuffer(Buffer.concat([new Uint8Array(1)])));
assert.throws(function () { Buffer.concat('x'); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list" argument must be an instance of Array. Received type string (\'x\')'
});
assert.throws(function () { Buffer.concat([Buffer.alloc(1), 1]); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list[1]" argument must be an instance of Buffer or Uint8Array. Received type number (1)'
});
assert.throws(function () { Buffer.concat([Buffer.alloc(1)], -1); }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { Buffer.concat([Buffer.alloc(1)], 1.5); }, {
  message: 'The value of "length" is out of range. It must be an integer. Received 1.5'
});

// The deprecated constructor.
assert.strictEqual(Buffer(3).length, 3);
assert.strictEqual(new Buffer('ab').toString(), 'ab');
assert.throws(function () { Buffer(5, 'utf8'); }, { code: 'ERR_INVALID_ARG_TYPE' });

// Module exports.
var mod = require('buffer');
assert.strictEqual(mod.kMaxLength, 4294967296);
assert.strictEqual(mod.constants.MAX_LENGTH, mod.kMaxLength);
assert.strictEqual(mod.constants.MAX_STRING_LENGTH, mod.kStringMaxLength);
assert.strictEqual(mod.INSPECT_MAX_BYTES, 50);
assert.strictEqual(Buffer.poolSize, 8192);
assert.strictEqual(typeof mod.SlowBuffer, 'function');
assert.strictEqual(require('node:buffer'), mod);

// copyBytesFrom copies elements' bytes.
var u16 = new Uint16Array([1, 2, 3]);
assert.strictEqual(Buffer.copyBytesFrom(u16, 1).toString('hex'), '02000300');
assert.strictEqual(Buffer.copyBytesFrom(u16, 1, 1).toString('hex'), '0200');
assert.strictEqual(Buffer.copyBytesFrom(u16, 5).length, 0);
var copied = Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]));
assert.ok(Buffer.isBuffer(copied));
assert.strictEqual(copied.toString('hex'), '010203');
assert.throws(function () { Buffer.copyBytesFrom(1); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "view" argument must be an instance of TypedArray. Received type number (1)'
});
assert.throws(function () { Buffer.copyBytesFrom(new DataView(new ArrayBuffer(2))); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { Buffer.copyBytesFrom(u16, 'x'); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { Buffer.copyBytesFrom(u16, -1); }, {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 9007199254740991. Received -1'
});
assert.throws(function () { Buffer.copyBytesFrom(u16, 0, -1); }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { Buffer.copyBytesFrom(u16, 1.5); }, {
  message: 'The value of "offset" is out of range. It must be an integer. Received 1.5'
});

// byteLength of base64 and hex counts UTF-16 code units, as Node does, and
// '=' only at the end.
assert.strictEqual(Buffer.byteLength('\u00e9\u00e9\u00e9=', 'base64'), 2);
assert.strictEqual(Buffer.byteLength('\u20ac\u20ac\u20ac\u20ac', 'base64'), 3);
assert.strictEqual(Buffer.byteLength('\u20ac\u20ac\u20ac', 'hex'), 1);
assert.strictEqual(Buffer.from('QUJD\u20ac\u20ac\u20ac\u20ac', 'base64').toString(), 'ABC');
var padded = ['', '=', '==', 'a=', 'a==', 'ab=', '=a', 'a=b', 'abc=', 'ab==', '===', 'abcd', 'a'];
assert.deepStrictEqual(padded.map(function (x) { return Buffer.byteLength(x, 'base64'); }),
  [0, 0, 0, 0, 0, 1, 1, 2, 2, 1, 0, 3, 0]);
