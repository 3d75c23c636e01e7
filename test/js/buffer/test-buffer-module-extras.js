// The buffer module's other exports: atob/btoa (also globals), isUtf8,
// isAscii, SlowBuffer; Node's error shape (name [code]: message).
'use strict';
var assert = require('assert');
var buffer = require('buffer');

// atob / btoa
assert.strictEqual(buffer.atob, buffer.atob);
assert.strictEqual(typeof atob, 'function');
assert.strictEqual(typeof btoa, 'function');
assert.strictEqual(atob('aGk='), 'hi');
assert.strictEqual(buffer.atob(' YW Jj\n'), 'abc');
assert.strictEqual(atob('YQ'), 'a');
assert.strictEqual(atob(null), '\u009e\u00e9e');
assert.strictEqual(btoa('hi'), 'aGk=');
assert.strictEqual(buffer.btoa('\u00ff'), '/w==');
assert.strictEqual(btoa(null), 'bnVsbA==');
function invalidChar(fn, message) {
  assert.throws(fn, function (e) {
    return e.name === 'InvalidCharacterError' && e.code === 5 && e.message === message;
  });
}
invalidChar(function () { atob('ab=c'); }, 'Invalid character');
invalidChar(function () { atob('YQ='); }, 'Invalid character');
invalidChar(function () { atob('YQ==='); }, 'Invalid character');
invalidChar(function () { atob('abcde'); }, 'The string to be decoded is not correctly encoded.');
invalidChar(function () { btoa('\u0100'); }, 'Invalid character');
assert.throws(function () { atob(); },
  { name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "input" argument must be specified' });
assert.throws(function () { btoa(); }, { code: 'ERR_MISSING_ARGS' });

// isUtf8 / isAscii
assert.strictEqual(buffer.isUtf8(Buffer.from('h\u00e9\ud83d\ude00')), true);
assert.strictEqual(buffer.isUtf8(new ArrayBuffer(2)), true);
assert.strictEqual(buffer.isUtf8(Buffer.from([0xed, 0xa0, 0x80])), false);
assert.strictEqual(buffer.isUtf8(Buffer.from([0xf0, 0x9f, 0x98])), false);
assert.strictEqual(buffer.isUtf8(Buffer.from([0xc0, 0xaf])), false);
assert.strictEqual(buffer.isUtf8(new Uint16Array([0xffff])), false);
assert.strictEqual(buffer.isAscii(new Uint8Array([0x7f])), true);
assert.strictEqual(buffer.isAscii(Buffer.from('\u00e9')), false);
assert.throws(function () { buffer.isUtf8('x'); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received type string (\'x\')'
});
assert.throws(function () { buffer.isAscii(1); }, { code: 'ERR_INVALID_ARG_TYPE' });

// SlowBuffer
var slow = new buffer.SlowBuffer(3);
assert.ok(Buffer.isBuffer(slow));
assert.strictEqual(slow.length, 3);

// The error shape.
var err;
try {
  Buffer.alloc(-1);
} catch (e) {
  err = e;
}
assert.ok(err instanceof RangeError);
assert.strictEqual(String(err),
  'RangeError [ERR_OUT_OF_RANGE]: The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received -1');
assert.strictEqual(err.stack.split('\n')[0], String(err));

// Arguments checked before anything is written.
assert.throws(function () { Buffer.alloc(1).fill(1, 0, 'x'); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "end" argument must be of type number. Received type string (\'x\')'
});
assert.strictEqual(Buffer.alloc(3, 'abc', 'hex').toString('hex'), 'ababab');
assert.throws(function () { Buffer.alloc(3, 'zz', 'hex'); },
  { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The argument \'value\' is invalid. Received \'zz\'' });
