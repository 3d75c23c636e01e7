// fill, copy, compare, equals, slice/subarray (shared memory), swap16/32/64,
// toJSON, write's overloads.
'use strict';
var assert = require('assert');

function hex(b) { return b.toString('hex'); }

// fill
var b = Buffer.alloc(6);
assert.strictEqual(b.fill(1), b);
assert.strictEqual(hex(b), '010101010101');
assert.strictEqual(hex(b.fill(257)), '010101010101');
assert.strictEqual(hex(b.fill(-1)), 'ffffffffffff');
assert.strictEqual(hex(b.fill('ab', 1)), 'ff6162616261');
assert.strictEqual(hex(b.fill('', 0, 2)), '000062616261');
assert.strictEqual(hex(b.fill('a1b2', 0, 5, 'hex')), 'a1b2a1b2a161');
assert.strictEqual(hex(b.fill('a1', 'hex')), 'a1a1a1a1a1a1');
assert.strictEqual(hex(b.fill('€', 1, 'utf8')), 'a1e282ace282');
assert.strictEqual(hex(b.fill('é', 'latin1')), 'e9e9e9e9e9e9');
assert.strictEqual(hex(b.fill(Buffer.from([1, 2, 3, 4]), 1, 6)), 'e901020304 01'.replace(' ', ''));
assert.strictEqual(hex(b.fill(new Uint16Array([0x0102]))), '020102010201');
assert.strictEqual(hex(b.fill(true)), '010101010101');
assert.strictEqual(hex(b.fill(0, 3, 3)), '010101010101');
assert.strictEqual(hex(b.fill(0, 4, 2)), '010101010101');
assert.throws(function () { b.fill('zz', 'hex'); },
  { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The argument \'value\' is invalid. Received \'zz\'' });
assert.throws(function () { b.fill(Buffer.alloc(0)); }, { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(function () { b.fill('a', 'nope'); }, { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope' });
assert.throws(function () { b.fill('a', 0, 1, 5); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "encoding" argument must be of type string. Received type number (5)'
});
assert.throws(function () { b.fill(1, -1); }, {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 4294967296. Received -1'
});
assert.throws(function () { b.fill(1, 0, 7); }, {
  message: 'The value of "end" is out of range. It must be >= 0 && <= 6. Received 7'
});
assert.throws(function () { b.fill(1, '1', 2); }, { code: 'ERR_INVALID_ARG_TYPE' });

// copy
var src = Buffer.from('abcdef');
var dst = Buffer.alloc(4, '.');
assert.strictEqual(src.copy(dst), 4);
assert.strictEqual(dst.toString(), 'abcd');
assert.strictEqual(src.copy(dst, 1, 4), 2);
assert.strictEqual(dst.toString(), 'aefd');
assert.strictEqual(src.copy(dst, 3, 0, 1), 1);
assert.strictEqual(dst.toString(), 'aefa');
assert.strictEqual(src.copy(dst, 4), 0);
assert.strictEqual(src.copy(dst, 0, 3, 2), 0);
assert.strictEqual(src.copy(dst, 0, 6), 0);
assert.strictEqual(src.copy(dst, 1.5, '2', 3.9), 1);
assert.strictEqual(dst.toString(), 'acfa');
assert.strictEqual(src.copy(new Uint8Array(2)), 2);
// Overlapping copies within one buffer.
var o = Buffer.from('123456');
o.copy(o, 2, 0, 4);
assert.strictEqual(o.toString(), '121234');
assert.throws(function () { src.copy(dst, -1); }, {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "targetStart" is out of range. It must be >= 0. Received -1'
});
assert.throws(function () { src.copy(dst, 0, 7); }, {
  message: 'The value of "sourceStart" is out of range. It must be >= 0 && <= 6. Received 7'
});
assert.throws(function () { src.copy(dst, 0, 0, -1); }, {
  message: 'The value of "sourceEnd" is out of range. It must be >= 0. Received -1'
});
assert.throws(function () { src.copy('x'); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "target" argument must be an instance of Buffer or Uint8Array. Received type string (\'x\')'
});

// compare and equals
var a1 = Buffer.from('abc'), a2 = Buffer.from('abd'), a3 = Buffer.from('ab');
assert.strictEqual(Buffer.compare(a1, a2), -1);
assert.strictEqual(Buffer.compare(a2, a1), 1);
assert.strictEqual(Buffer.compare(a1, Buffer.from('abc')), 0);
assert.strictEqual(Buffer.compare(a3, a1), -1);
assert.strictEqual(Buffer.compare(new Uint8Array(0), a1), -1);
assert.deepStrictEqual([a2, a1, a3].sort(Buffer.compare).map(String), ['ab', 'abc', 'abd']);
assert.strictEqual(a1.compare(a2), -1);
assert.strictEqual(a1.compare(a2, 0, 2, 0, 2), 0);
assert.strictEqual(a1.compare(a2, 1), -1);
assert.strictEqual(a1.compare(a3, 0, 2, 0, 2), 0);
assert.strictEqual(a1.compare(a3, 2), 1);
assert.strictEqual(a1.compare(a3, 0, 2, 3), -1);
assert.strictEqual(a1.compare(a3, 0, 0, 3), 0);
assert.strictEqual(a1.compare(Buffer.alloc(1), 5), 1);
assert.throws(function () { a1.compare(a2, -1); }, { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { a1.compare(a2, 0, 4); }, {
  message: 'The value of "targetEnd" is out of range. It must be >= 0 && <= 3. Received 4'
});
assert.throws(function () { a1.compare(a2, 0, 1, 0, 9); }, {
  message: 'The value of "sourceEnd" is out of range. It must be >= 0 && <= 3. Received 9'
});
assert.throws(function () { a1.compare('abc'); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "target" argument must be an instance of Buffer or Uint8Array. Received type string (\'abc\')'
});
assert.throws(function () { Buffer.compare(1, a1); }, {
  message: 'The "buf1" argument must be an instance of Buffer or Uint8Array. Received type number (1)'
});
assert.throws(function () { Buffer.compare(a1, null); }, {
  message: 'The "buf2" argument must be an instance of Buffer or Uint8Array. Received null'
});
assert.strictEqual(a1.equals(Buffer.from('abc')), true);
assert.strictEqual(a1.equals(new Uint8Array([97, 98, 99])), true);
assert.strictEqual(a1.equals(a3), false);
assert.strictEqual(a1.equals(a1), true);
assert.throws(function () { a1.equals(1); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "otherBuffer" argument must be an instance of Buffer or Uint8Array. Received type number (1)'
});

// slice and subarray share memory and are Buffers.
var whole = Buffer.from('0123456789');
var s = whole.slice(2, 5);
assert.ok(Buffer.isBuffer(s));
assert.strictEqual(s.toString(), '234');
s[0] = 0x41;
assert.strictEqual(whole.toString(), '01A3456789');
assert.strictEqual(whole.slice(-3).toString(), '789');
assert.strictEqual(whole.slice(-3, -1).toString(), '78');
assert.strictEqual(whole.slice(5, 2).length, 0);
assert.strictEqual(whole.slice('2', '4').toString(), 'A3');
assert.strictEqual(whole.slice(NaN, 1.9).toString(), '0');
assert.strictEqual(whole.slice(8, 100).toString(), '89');
var sub = whole.subarray(1, 3);
assert.ok(Buffer.isBuffer(sub));
assert.strictEqual(sub.byteOffset - whole.byteOffset, 1);
sub[0] = 0x42;
assert.strictEqual(whole.toString(0 ? 'x' : 'utf8', 0, 3), '0BA');
assert.strictEqual(whole.subarray(-2).toString(), '89');
// A view over the same memory made from .buffer and byteOffset.
var again = Buffer.from(sub.buffer, sub.byteOffset, sub.length);
again[1] = 0x43;
assert.strictEqual(whole.toString('latin1', 0, 3), '0BC');
// A slice of a slice.
assert.strictEqual(whole.slice(2).slice(1, 3).toString(), '34');

// swap
assert.strictEqual(hex(Buffer.from('0102030405060708', 'hex').swap16()), '0201040306050807');
assert.strictEqual(hex(Buffer.from('0102030405060708', 'hex').swap32()), '0403020108070605');
assert.strictEqual(hex(Buffer.from('0102030405060708', 'hex').swap64()), '0807060504030201');
assert.throws(function () { Buffer.alloc(3).swap16(); }, {
  name: 'RangeError', code: 'ERR_INVALID_BUFFER_SIZE', message: 'Buffer size must be a multiple of 16-bits'
});
assert.throws(function () { Buffer.alloc(6).swap32(); }, { message: 'Buffer size must be a multiple of 32-bits' });
assert.throws(function () { Buffer.alloc(4).swap64(); }, { message: 'Buffer size must be a multiple of 64-bits' });

// toJSON
assert.deepStrictEqual(Buffer.from([1, 2]).toJSON(), { type: 'Buffer', data: [1, 2] });
assert.strictEqual(JSON.stringify({ b: Buffer.from('hi') }), '{"b":{"type":"Buffer","data":[104,105]}}');
assert.strictEqual(Buffer.from(JSON.parse(JSON.stringify(Buffer.from('round')))).toString(), 'round');

// write(string[, offset[, length]][, encoding])
var w = Buffer.alloc(6);
assert.strictEqual(w.write('abc'), 3);
assert.strictEqual(w.write('6869', 'hex'), 2);
assert.strictEqual(w.toString(), 'hic\u0000\u0000\u0000');
assert.strictEqual(w.write('xyz', 4), 2);
assert.strictEqual(w.write('6a6b', 2, 'hex'), 2);
assert.strictEqual(w.write('QUJD', 1, 2, 'base64'), 2);
assert.strictEqual(w.toString(), 'hABkxy');
assert.strictEqual(w.write('€', 4), 0);
assert.strictEqual(w.write('€', 3), 3);
assert.strictEqual(w.write('abc', 0, 2, 'ucs2'), 2);
assert.strictEqual(hex(w), '6100 42 e282ac'.replace(/ /g, ''));
assert.strictEqual(Buffer.alloc(3).write('abc', 'ucs2'), 2);
assert.strictEqual(Buffer.alloc(4).write('abzz', 'hex'), 1);
assert.strictEqual(Buffer.alloc(4).write('zz', 'hex'), 0);
assert.strictEqual(Buffer.alloc(2).write('YWJj', 'base64'), 2);
assert.strictEqual(Buffer.alloc(6).write('\ud83d\ude00'), 4);
assert.strictEqual(Buffer.alloc(3).write('\ud83d\ude00'), 0);
assert.strictEqual(w.write('abc', 6), 0);
assert.throws(function () { w.write('a', 7); }, {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "offset" is out of range. It must be >= 0 && <= 6. Received 7'
});
assert.throws(function () { w.write('a', 0, 7); }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { w.write('a', 1.5); }, { message: /It must be an integer/ });
assert.throws(function () { w.write('a', 0, 1, 'nope'); }, { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(function () { w.write(1); }, { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'argument must be a string' });

// Iteration as a Uint8Array.
var it = Buffer.from([7, 8]).entries();
assert.deepStrictEqual(it.next().value, [0, 7]);
assert.deepStrictEqual(Array.from(Buffer.from([7, 8]).keys()), [0, 1]);
assert.deepStrictEqual(Array.from(Buffer.from([7, 8]).values()), [7, 8]);
assert.deepStrictEqual(Array.from(Buffer.from([7, 8])), [7, 8]);
