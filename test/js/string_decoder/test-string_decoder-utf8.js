// StringDecoder('utf8'): characters of 1 to 4 bytes split across chunks at
// every position come out whole; incomplete or invalid sequences become
// U+FFFD as Node's decoder makes them.
'use strict';
var assert = require('assert');
var StringDecoder = require('string_decoder').StringDecoder;

function units(s) {
  return s.split('').map(function (c) { return c.charCodeAt(0).toString(16); }).join(',');
}

// Every split of the bytes into three chunks gives back the text.
var text = 'a\u00e9\u20ac\ud83d\ude00z\u0800\ud800\udc00';
var bytes = Buffer.from(text);
for (var i = 0; i <= bytes.length; i++) {
  for (var j = i; j <= bytes.length; j++) {
    var d = new StringDecoder('utf8');
    var out = d.write(bytes.slice(0, i)) + d.write(bytes.slice(i, j)) + d.write(bytes.slice(j)) + d.end();
    assert.strictEqual(units(out), units(text), 'split at ' + i + ', ' + j);
  }
}
// Byte by byte.
var one = new StringDecoder('utf8');
var parts = [];
for (var k = 0; k < bytes.length; k++) parts.push(one.write(bytes.slice(k, k + 1)));
parts.push(one.end());
assert.strictEqual(parts.join(''), text);
assert.strictEqual(parts[1], '');
assert.strictEqual(parts[2], '\u00e9');

// Chunk sequences and what each write and the end return (Node 20's).
function run(chunks) {
  var dec = new StringDecoder('utf8');
  var res = chunks.map(function (c) { return dec.write(Buffer.from(c)); });
  res.push(dec.end());
  return res;
}
var R = '\ufffd';
assert.deepStrictEqual(run([[0xe2], [0x82], [0xac, 0x41]]), ['', '', '\u20acA', '']);
assert.deepStrictEqual(run([[0xe2], [0x82]]), ['', '', R]);
assert.deepStrictEqual(run([[0xe2, 0x41], [0x82]]), [R + 'A', R, '']);
assert.deepStrictEqual(run([[0xf0, 0x9f], [0x98], [0x80]]), ['', '', '\ud83d\ude00', '']);
assert.deepStrictEqual(run([[0xf0, 0x9f], [0x41]]), ['', R + 'A', '']);
assert.deepStrictEqual(run([[0xc3], [0xc3, 0xa9]]), ['', R + '\u00e9', '']);
assert.deepStrictEqual(run([[0xed], [0xa0, 0x80]]), ['', R + R + R, '']);
assert.deepStrictEqual(run([[0xe0], [0x80]]), ['', '', R + R]);
assert.deepStrictEqual(run([[0xff, 0xc3]]), [R, R]);
assert.deepStrictEqual(run([[0xf4, 0x90]]), ['', R + R]);
assert.deepStrictEqual(run([[0x80, 0x80, 0x80, 0x80]]), [R + R + R + R, '']);
assert.deepStrictEqual(run([[0x41, 0xf0, 0x80, 0x80]]), ['A', R + R + R]);
assert.deepStrictEqual(run([[0xf8, 0x80]]), [R + R, '']);
assert.deepStrictEqual(run([[0xe2], [0x82, 0xac, 0xe2, 0x82], []]), ['', '\u20ac', '', R]);

// end(buf) writes first; the decoder starts afresh after end().
var e = new StringDecoder('utf8');
e.write(Buffer.from([0xe2]));
assert.strictEqual(e.end(Buffer.from([0x82, 0xac])), '\u20ac');
assert.strictEqual(e.end(), '');
var f = new StringDecoder('utf8');
assert.strictEqual(f.end(Buffer.from([0xe2])), R);
assert.strictEqual(f.write(Buffer.from([0x82, 0xac])), R + R);

// Large chunks decode in one go.
var big = Buffer.alloc(100000, '\u00e9');
var g = new StringDecoder('utf8');
var s1 = g.write(big.slice(0, 50001));
var s2 = g.write(big.slice(50001));
assert.strictEqual(s1.length, 25000);
assert.strictEqual(s2.length, 25000);
assert.strictEqual(g.end(), '');
