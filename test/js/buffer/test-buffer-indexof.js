// indexOf / lastIndexOf / includes: strings in several encodings, bytes,
// Buffers and Uint8Arrays, over a grid of byte offsets (negative, past the
// end, NaN, fractional, infinite). The expected results are Node 20's.
'use strict';
var assert = require('assert');

var b = Buffer.from('abcabcab\u00e9cab');
var needles = ['ab', 'cab', '', '\u00e9', 'zz', 0x61, 0x163, -1, Buffer.from('bc'), new Uint8Array([0x62]), Buffer.alloc(0)];
var offsets = [undefined, 0, 1, 3, 7, 12, 13, 20, -1, -3, -13, -20, NaN, 2.7, null, Infinity, -Infinity];
var expected = [[0,11,true],[0,0,true],[3,0,true],[3,3,true],[11,6,true],[-1,11,false],[-1,11,false],[-1,11,false],[-1,11,false],[11,6,true],[0,0,true],[0,-1,true],[0,11,true],[3,0,true],[0,0,true],[-1,11,false],[0,-1,true],[2,10,true],[2,-1,true],[2,-1,true],[5,2,true],[10,5,true],[-1,10,false],[-1,10,false],[-1,10,false],[-1,10,false],[10,10,true],[2,-1,true],[2,-1,true],[2,10,true],[2,2,true],[2,-1,true],[-1,10,false],[2,-1,true],[0,13,true],[0,0,true],[1,1,true],[3,3,true],[7,7,true],[12,12,true],[13,13,true],[13,13,true],[12,12,true],[10,10,true],[0,0,true],[0,0,true],[0,13,true],[2,2,true],[0,0,true],[13,13,true],[0,0,true],[8,8,true],[8,-1,true],[8,-1,true],[8,-1,true],[8,-1,true],[-1,8,false],[-1,8,false],[-1,8,false],[-1,8,false],[-1,8,false],[8,-1,true],[8,-1,true],[8,8,true],[8,-1,true],[8,-1,true],[-1,8,false],[8,-1,true],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[0,11,true],[0,0,true],[3,0,true],[3,3,true],[11,6,true],[-1,11,false],[-1,11,false],[-1,11,false],[-1,11,false],[11,6,true],[0,0,true],[0,-1,true],[0,11,true],[3,0,true],[0,0,true],[-1,11,false],[0,-1,true],[2,10,true],[2,-1,true],[2,-1,true],[5,2,true],[10,5,true],[-1,10,false],[-1,10,false],[-1,10,false],[-1,10,false],[10,10,true],[2,-1,true],[2,-1,true],[2,10,true],[2,2,true],[2,-1,true],[-1,10,false],[2,-1,true],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[-1,-1,false],[1,4,true],[1,-1,true],[1,1,true],[4,1,true],[-1,4,false],[-1,4,false],[-1,4,false],[-1,4,false],[-1,4,false],[-1,4,false],[1,-1,true],[1,-1,true],[1,4,true],[4,1,true],[1,-1,true],[-1,4,false],[1,-1,true],[1,12,true],[1,-1,true],[1,1,true],[4,1,true],[7,7,true],[12,12,true],[-1,12,false],[-1,12,false],[12,12,true],[12,7,true],[1,-1,true],[1,-1,true],[1,12,true],[4,1,true],[1,-1,true],[-1,12,false],[1,-1,true],[0,13,true],[0,0,true],[1,1,true],[3,3,true],[7,7,true],[12,12,true],[13,13,true],[13,13,true],[12,12,true],[10,10,true],[0,0,true],[0,0,true],[0,13,true],[2,2,true],[0,0,true],[13,13,true],[0,0,true]];
var k = 0;
needles.forEach(function (n) {
  offsets.forEach(function (o) {
    var got = [b.indexOf(n, o), b.lastIndexOf(n, o), b.includes(n, o)];
    assert.deepStrictEqual(got, expected[k], 'needle ' + String(n) + ' offset ' + String(o));
    k++;
  });
});

// ucs2 matches start at even offsets only; other encodings convert first.
var u = Buffer.from('a\u0000b\u0000a\u0000b\u0000', 'latin1');
var expected2 = [[2,6,-1,3,2],[2,-1,-1,3,2],[2,-1,-1,3,2],[2,2,-1,3,2],[2,2,-1,3,6],[6,2,-1,-1,6],[-1,6,-1,-1,-1],[6,6,-1,-1,6],[-1,6,-1,-1,-1]];
[undefined, 0, 1, 2, 3, 4, -1, -2, 9].forEach(function (o, i) {
  assert.deepStrictEqual([u.indexOf('b', o, 'ucs2'), u.lastIndexOf('b', o, 'ucs2'), u.indexOf('\u0000a', o, 'ucs2'),
    u.indexOf('\u0000a', o, 'latin1'), u.indexOf('6200', o, 'hex')], expected2[i], 'offset ' + String(o));
});

// A string offset is the encoding.
assert.strictEqual(b.indexOf('6361', 'hex'), 2);
assert.strictEqual(b.lastIndexOf('YWI=', 'base64'), 11);
assert.throws(function () { b.indexOf('a', '1'); },
  { name: 'TypeError', code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: 1' });
assert.throws(function () { b.indexOf({}); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array. ' +
    'Received an instance of Object'
});
assert.throws(function () { b.includes(true); }, { code: 'ERR_INVALID_ARG_TYPE' });

// Longer haystacks: the match is found past the first candidates.
var big = Buffer.alloc(100000, 'x');
big.write('needle', 99990);
assert.strictEqual(big.indexOf('needle'), 99990);
assert.strictEqual(big.lastIndexOf('xne'), 99989);
assert.strictEqual(big.indexOf('needles'), -1);
assert.strictEqual(Buffer.alloc(0).indexOf('a'), -1);
assert.strictEqual(Buffer.alloc(0).indexOf(''), 0);
