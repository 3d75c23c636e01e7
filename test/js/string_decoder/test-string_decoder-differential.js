// Differential check against Node 20: random bytes (split UTF-8 sequences,
// surrogates, junk) fed in random chunks of 1 to 4 bytes to decoders of six
// encodings. The checksum of all 2400 results is the one node computes from
// the same script.
'use strict';
var assert = require('assert');
var SD = require('string_decoder').StringDecoder;
var seed = 777;
function rnd(n) { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; }
function units(s) { var a = []; for (var i = 0; i < s.length; i++) a.push(s.charCodeAt(i).toString(16)); return a.join('.'); }
var out = [];
['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1'].forEach(function (enc) {
  for (var t = 0; t < 400; t++) {
    var len = rnd(14);
    var b = Buffer.alloc(len);
    for (var i = 0; i < len; i++) {
      var k = rnd(10);
      b[i] = k < 3 ? 0x80 + rnd(64) : k < 5 ? 0xc0 + rnd(64) : k < 6 ? rnd(256) : k < 7 ? 0xd8 + rnd(8) : 0x20 + rnd(90);
    }
    var d = new SD(enc);
    var parts = [];
    var pos = 0;
    while (pos < len) { var n = 1 + rnd(4); parts.push(units(d.write(b.slice(pos, pos + n)))); pos += n; }
    parts.push(units(d.end()));
    out.push(parts.join('|'));
  }
});
var text = out.join("\n");
var h = 0x811c9dc5;
for (var q = 0; q < text.length; q++) { h ^= text.charCodeAt(q); h = Math.imul(h, 16777619) >>> 0; }
assert.strictEqual(out.length, 2400);
assert.strictEqual(h, 458092167);
