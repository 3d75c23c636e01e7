// read/write of integers (8 to 48 bits, both byte orders, signed or not),
// floats and doubles, with Node's range and offset errors.
'use strict';
var assert = require('assert');

var b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0xff, 0x80]);
assert.strictEqual(b.readUInt8(0), 1);
assert.strictEqual(b.readUint8(6), 255);
assert.strictEqual(b.readInt8(6), -1);
assert.strictEqual(b.readInt8(7), -128);
assert.strictEqual(b.readUInt16LE(0), 0x0201);
assert.strictEqual(b.readUInt16BE(0), 0x0102);
assert.strictEqual(b.readUint16BE(6), 0xff80);
assert.strictEqual(b.readInt16BE(6), -128);
assert.strictEqual(b.readInt16LE(6), -32513);
assert.strictEqual(b.readUInt32LE(0), 0x04030201);
assert.strictEqual(b.readUInt32BE(4), 0x0506ff80);
assert.strictEqual(b.readUint32LE(4), 0x80ff0605);
assert.strictEqual(b.readInt32LE(4), -2130770427);
assert.strictEqual(b.readInt32BE(0), 0x01020304);
assert.strictEqual(b.readUIntLE(0, 6), 0x060504030201);
assert.strictEqual(b.readUIntBE(0, 6), 0x010203040506);
assert.strictEqual(b.readUintBE(5, 3), 0x06ff80);
assert.strictEqual(b.readIntBE(6, 2), -128);
assert.strictEqual(b.readIntLE(2, 6), -139642170702845);
assert.strictEqual(b.readIntBE(2, 6), 0x030405 * 0x1000000 + 0x06ff80);
assert.strictEqual(b.readIntLE(7, 1), -128);
assert.strictEqual(b.readUInt8(), 1);

var w = Buffer.alloc(8);
assert.strictEqual(w.writeUInt8(255, 0), 1);
assert.strictEqual(w.writeInt8(-2, 1), 2);
assert.strictEqual(w.toString('hex'), 'fffe000000000000');
assert.strictEqual(w.writeUInt16LE(0x1234, 2), 4);
assert.strictEqual(w.writeUInt16BE(0x1234, 4), 6);
assert.strictEqual(w.writeInt16LE(-2, 6), 8);
assert.strictEqual(w.toString('hex'), 'fffe34121234feff');
assert.strictEqual(w.writeUInt32BE(0xdeadbeef, 0), 4);
assert.strictEqual(w.writeInt32LE(-1, 4), 8);
assert.strictEqual(w.toString('hex'), 'deadbeefffffffff');
assert.strictEqual(w.writeUint32LE(1), 4);
assert.strictEqual(w.writeInt32BE(-2147483648, 4), 8);
assert.strictEqual(w.toString('hex'), '0100000080000000');
assert.strictEqual(w.writeUIntLE(0x0102030405, 0, 5), 5);
assert.strictEqual(w.toString('hex'), '0504030201000000');
assert.strictEqual(w.writeUIntBE(0xffffffffffff, 2, 6), 8);
assert.strictEqual(w.toString('hex'), '0504ffffffffffff');
assert.strictEqual(w.writeIntLE(-2, 0, 6), 6);
assert.strictEqual(w.toString('hex'), 'feffffffffffffff');
assert.strictEqual(w.writeIntBE(-129, 0, 3), 3);
assert.strictEqual(w.readIntBE(0, 3), -129);
assert.strictEqual(w.writeUintBE(7, 0, 1), 1);
assert.strictEqual(w[0], 7);
// Values are numbers first: strings convert, fractions truncate.
assert.strictEqual(w.writeUInt16BE('258', 0), 2);
assert.strictEqual(w.readUInt16BE(0), 258);
w.writeUInt16BE(1.9, 0);
assert.strictEqual(w.readUInt16BE(0), 1);

// Floats and doubles.
var f = Buffer.alloc(8);
assert.strictEqual(f.writeFloatLE(1.5, 0), 4);
assert.strictEqual(f.toString('hex', 0, 4), '0000c03f');
assert.strictEqual(f.readFloatLE(0), 1.5);
assert.strictEqual(f.writeFloatBE(-0.1, 4), 8);
assert.strictEqual(f.readFloatBE(4), Math.fround(-0.1));
assert.strictEqual(f.writeDoubleBE(Math.PI), 8);
assert.strictEqual(f.toString('hex'), '400921fb54442d18');
assert.strictEqual(f.readDoubleBE(0), Math.PI);
f.writeDoubleLE(-Infinity);
assert.strictEqual(f.readDoubleLE(), -Infinity);
f.writeFloatLE(NaN);
assert.ok(isNaN(f.readFloatLE()));
f.writeDoubleLE('x');
assert.ok(isNaN(f.readDoubleLE()));
f.writeFloatBE(1e40);
assert.strictEqual(f.readFloatBE(), Infinity);

// Offsets.
function oor(fn, message) {
  assert.throws(fn, { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: message });
}
var two = Buffer.from([1, 2]);
oor(function () { two.readUInt8(5); }, 'The value of "offset" is out of range. It must be >= 0 and <= 1. Received 5');
oor(function () { two.readUInt16LE(1); }, 'The value of "offset" is out of range. It must be >= 0 and <= 0. Received 1');
oor(function () { two.readUInt8(1.5); }, 'The value of "offset" is out of range. It must be an integer. Received 1.5');
oor(function () { two.readInt8(-1); }, 'The value of "offset" is out of range. It must be >= 0 and <= 1. Received -1');
oor(function () { two.readUInt8(NaN); }, 'The value of "offset" is out of range. It must be an integer. Received NaN');
assert.throws(function () { two.readUInt8('1'); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received type string (\'1\')'
});
assert.throws(function () { two.readUInt32LE(0); }, {
  name: 'RangeError', code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: 'Attempt to access memory outside buffer bounds'
});
assert.throws(function () { two.readFloatLE(-1); }, { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
assert.throws(function () { two.readUIntLE(); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "offset" argument must be of type number. Received undefined'
});
oor(function () { two.readUIntLE(0, 7); }, 'The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received 7');
oor(function () { two.readIntBE(0, 0); }, 'The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received 0');
oor(function () { two.readIntBE(0, 1.5); }, 'The value of "byteLength" is out of range. It must be an integer. Received 1.5');
assert.throws(function () { two.readIntBE(0); }, { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
oor(function () { two.writeUInt8(1, 3); }, 'The value of "offset" is out of range. It must be >= 0 and <= 1. Received 3');
assert.throws(function () { two.writeDoubleLE(1, 0); }, { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });

// Values out of range.
oor(function () { two.writeUInt8(300); }, 'The value of "value" is out of range. It must be >= 0 and <= 255. Received 300');
oor(function () { two.writeInt8(-200); }, 'The value of "value" is out of range. It must be >= -128 and <= 127. Received -200');
oor(function () { two.writeUInt16LE(65536); }, 'The value of "value" is out of range. It must be >= 0 and <= 65535. Received 65536');
oor(function () { two.writeInt16BE(-32769); }, 'The value of "value" is out of range. It must be >= -32768 and <= 32767. Received -32769');
var eight = Buffer.alloc(8);
oor(function () { eight.writeUInt32LE(-1); }, 'The value of "value" is out of range. It must be >= 0 and <= 4294967295. Received -1');
oor(function () { eight.writeUInt32LE(Math.pow(2, 32)); },
  'The value of "value" is out of range. It must be >= 0 and <= 4294967295. Received 4294967296');
oor(function () { eight.writeInt32BE(Math.pow(2, 31)); },
  'The value of "value" is out of range. It must be >= -2147483648 and <= 2147483647. Received 2147483648');
oor(function () { eight.writeIntLE(Math.pow(2, 40), 0, 5); },
  'The value of "value" is out of range. It must be >= -(2 ** 39) and < 2 ** 39. Received 1_099_511_627_776');
oor(function () { eight.writeUIntBE(-1, 0, 6); }, 'The value of "value" is out of range. It must be >= 0 and < 2 ** 48. Received -1');
oor(function () { eight.writeUIntBE(1, 0, 8); }, 'The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received 8');
assert.throws(function () { eight.writeUIntLE(1); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "byteLength" argument must be of type number. Received undefined'
});
assert.throws(function () { eight.writeUIntLE(1, undefined, 2); }, { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
// A failed write changes nothing.
assert.strictEqual(eight.toString('hex'), '0000000000000000');

// No BigInt in duv; the methods exist only where the engine has BigInt.
if (typeof BigInt === 'undefined') {
  assert.strictEqual(typeof Buffer.prototype.readBigInt64LE, 'undefined');
}

// Edge offsets and values through every fixed-size method.
var e = Buffer.from([0x80, 0x01, 0x02, 0x83]);
assert.strictEqual(e.readUInt8(-0), 0x80);
assert.strictEqual(e.readInt16BE(2), 0x0283);
assert.strictEqual(e.readInt16LE(2), -31998);
assert.strictEqual(e.readInt32BE(0), -2147417469);
assert.strictEqual(e.readUInt32BE(), 0x80010283);
['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE',
  'readUInt32LE', 'readUInt32BE', 'readInt32LE', 'readInt32BE', 'readFloatLE', 'readDoubleBE'].forEach(function (m) {
  assert.throws(function () { e[m](NaN); }, { code: 'ERR_OUT_OF_RANGE' }, m);
  assert.throws(function () { e[m](Infinity); }, { code: /ERR_OUT_OF_RANGE|ERR_BUFFER_OUT_OF_BOUNDS/ }, m);
  assert.throws(function () { e[m]('0'); }, { code: 'ERR_INVALID_ARG_TYPE' }, m);
  assert.throws(function () { e[m](0.5); }, { code: 'ERR_OUT_OF_RANGE' }, m);
});
var e2 = Buffer.alloc(4);
assert.strictEqual(e2.writeInt8(-1, -0), 1);
assert.strictEqual(e2.writeInt16BE(-2, 2), 4);
assert.strictEqual(e2.toString('hex'), 'ff00fffe');
assert.strictEqual(e2.writeInt32LE(-2), 4);
assert.strictEqual(e2.toString('hex'), 'feffffff');
assert.strictEqual(e2.writeUInt8(NaN, 0), 1);
assert.strictEqual(e2[0], 0);
assert.strictEqual(e2.writeUInt32BE(0xfffffffe), 4);
assert.strictEqual(e2.toString('hex'), 'fffffffe');
assert.throws(function () { e2.writeUInt16LE(1, 3); }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { e2.writeInt32BE(1, '0'); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { e2.writeUInt8(1, 0.5); }, { code: 'ERR_OUT_OF_RANGE' });
