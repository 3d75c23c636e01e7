// Differential check against Node 20: random bytes decoded in every encoding,
// random strings (lone surrogates, '=', spaces included) encoded, written into
// short buffers and measured. The checksum of all 6300 results is the one
// node computes from the same script.
'use strict';
var assert = require('assert');
var seed = 12345;
function rnd(n) { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; }
var encs = ['utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
var out = [];
function units(s) { var a = []; for (var i = 0; i < s.length; i++) a.push(s.charCodeAt(i).toString(16)); return a.join('.'); }
for (var t = 0; t < 300; t++) {
  var len = rnd(12);
  var b = Buffer.alloc(len);
  for (var i = 0; i < len; i++) {
    var k = rnd(10);
    b[i] = k < 3 ? 0x80 + rnd(64) : k < 5 ? 0xc0 + rnd(64) : k < 6 ? rnd(256) : 0x20 + rnd(90);
  }
  encs.forEach(function (e) { out.push(units(b.toString(e))); });
  // strings: mix of chars incl. surrogates
  var cs = [];
  for (var j = 0; j < rnd(8); j++) {
    var c = rnd(7);
    cs.push(c === 0 ? 0xd800 + rnd(0x800) : c === 1 ? 0x80 + rnd(0x780) : c === 2 ? 0x800 + rnd(0xd000) : c === 3 ? '='.charCodeAt(0) : c === 4 ? ' '.charCodeAt(0) : 0x30 + rnd(0x4a));
  }
  var s = String.fromCharCode.apply(null, cs);
  encs.forEach(function (e) {
    out.push(Buffer.from(s, e).toString('hex') + '/' + Buffer.byteLength(s, e));
    var w = Buffer.alloc(rnd(6));
    out.push(w.write(s, e) + ':' + w.toString('hex'));
  });
}
var text = out.join("\n");
var h = 0x811c9dc5;
for (var q = 0; q < text.length; q++) { h ^= text.charCodeAt(q); h = Math.imul(h, 16777619) >>> 0; }
assert.strictEqual(out.length, 6300);
assert.strictEqual(h, 11860592);
