// StringDecoder for utf16le, base64, base64url, hex, latin1 and ascii, the
// encoding names, and the argument errors.
'use strict';
var assert = require('assert');
var StringDecoder = require('string_decoder').StringDecoder;

function run(enc, chunks) {
  var dec = new StringDecoder(enc);
  var res = chunks.map(function (c) { return dec.write(Buffer.from(c)); });
  res.push(dec.end());
  return res;
}

// utf16le: an odd byte waits for its pair; a high surrogate ending a chunk
// waits for its low half, and is given up by end().
assert.deepStrictEqual(run('utf16le', [[0x3d], [0xd8, 0x00], [0xde]]), ['', '\ud83d', '\ude00', '']);
assert.deepStrictEqual(run('utf16le', [[0x3d, 0xd8]]), ['', '\ud83d']);
assert.deepStrictEqual(run('utf16le', [[0x3d, 0xd8], [0x00, 0xde]]), ['', '\ud83d\ude00', '']);
assert.deepStrictEqual(run('utf16le', [[0x61, 0x00, 0x62]]), ['a', '']);
assert.deepStrictEqual(run('utf16le', [[0x3d, 0xd8, 0x61, 0x00]]), ['\ud83da', '']);
assert.deepStrictEqual(run('utf16le', [[0x00, 0xde, 0x61]]), ['\ude00', '']);
assert.strictEqual(new StringDecoder('ucs2').end(Buffer.from([0x3d, 0xd8, 0x00])), '\ud83d');
var text = 'h\u00e9\u20ac\ud83d\ude00!';
var bytes = Buffer.from(text, 'utf16le');
for (var i = 0; i <= bytes.length; i++) {
  for (var j = i; j <= bytes.length; j++) {
    var d = new StringDecoder('utf16le');
    var out = d.write(bytes.slice(0, i)) + d.write(bytes.slice(i, j)) + d.write(bytes.slice(j)) + d.end();
    assert.strictEqual(out, text, 'split at ' + i + ', ' + j);
  }
}

// base64 and base64url: groups of three bytes; end() pads what is left.
assert.deepStrictEqual(run('base64', [[1], [2], [3, 4]]), ['', '', 'AQID', 'BA==']);
assert.deepStrictEqual(run('base64url', [[0xff, 0xfe], [0xfd, 0xfc]]), ['', '__79', '_A']);
var b64 = new StringDecoder('base64');
b64.write(Buffer.from([1]));
assert.strictEqual(b64.end(Buffer.from([2])), 'AQI=');
var data = Buffer.from('any carnal pleasure.');
for (var n = 0; n <= data.length; n++) {
  var bd = new StringDecoder('base64');
  assert.strictEqual(bd.write(data.slice(0, n)) + bd.write(data.slice(n)) + bd.end(), data.toString('base64'));
}

// Stateless encodings.
assert.deepStrictEqual(run('hex', [[1, 2], [255]]), ['0102', 'ff', '']);
assert.deepStrictEqual(run('latin1', [[0xe9], [0x41]]), ['\u00e9', 'A', '']);
assert.deepStrictEqual(run('binary', [[0xe9]]), ['\u00e9', '']);
assert.deepStrictEqual(run('ascii', [[0xe9], [0x41]]), ['i', 'A', '']);

// Names.
assert.strictEqual(new StringDecoder().encoding, 'utf8');
assert.strictEqual(new StringDecoder('utf-8').encoding, 'utf8');
assert.strictEqual(new StringDecoder('').encoding, 'utf8');
assert.strictEqual(new StringDecoder(null).encoding, 'utf8');
assert.strictEqual(new StringDecoder('UCS2').encoding, 'utf16le');
assert.strictEqual(new StringDecoder('utf-16le').encoding, 'utf16le');
assert.strictEqual(new StringDecoder('binary').encoding, 'latin1');
assert.strictEqual(new StringDecoder('HEX').encoding, 'hex');
assert.deepStrictEqual(Object.keys(new StringDecoder('utf8')), ['encoding']);
assert.throws(function () { new StringDecoder('nope'); },
  { name: 'TypeError', code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope' });
assert.throws(function () { new StringDecoder(5); }, { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: 5' });

// Arguments: strings pass through, any ArrayBuffer view is bytes.
var u = new StringDecoder('utf8');
assert.strictEqual(u.write('str'), 'str');
assert.strictEqual(u.end('x'), 'x');
assert.strictEqual(u.write(new Uint16Array([0x61])), 'a\u0000');
assert.strictEqual(u.write(new DataView(new ArrayBuffer(1))), '\u0000');
assert.strictEqual(u.write(new Uint8Array([0x68, 0x69])), 'hi');
assert.throws(function () { u.write(5); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (5)'
});
assert.throws(function () { u.write(null); }, {
  message: 'The "buf" argument must be an instance of Buffer, TypedArray, or DataView. Received null'
});
assert.strictEqual(require('node:string_decoder').StringDecoder, StringDecoder);
