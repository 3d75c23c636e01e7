// Differential check against Node 20: seeded random bytes decoded over random
// ranges; random strings (lone surrogates, Latin-1, characters whose low byte
// is a base64 or hex digit, padding, spaces) encoded, measured, written at
// random offsets and lengths, and searched for (indexOf/lastIndexOf with
// random offsets, in every encoding). The checksum of all results is the one
// node computes from the same script.
'use strict';
var assert = require('assert');
var out = [];
var seed = 999;
function rnd(n) { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; }
var encs = ['utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
function units(s) { var a = []; for (var i = 0; i < s.length; i++) a.push(s.charCodeAt(i).toString(16)); return a.join('.'); }
var alpha = 'ABCDEFabcdef0123456789+/-_= \n\t.';
for (var t = 0; t < 1000; t++) {
  var len = rnd(20);
  var b = Buffer.alloc(len);
  for (var i = 0; i < len; i++) { var k = rnd(10); b[i] = k < 3 ? 0x80 + rnd(64) : k < 5 ? 0xc0 + rnd(64) : k < 7 ? rnd(256) : 0x20 + rnd(90); }
  var line = [];
  encs.forEach(function (e) { line.push(units(b.toString(e, rnd(3), len - rnd(3)))); });
  var cs = [];
  var m = rnd(16);
  for (var j = 0; j < m; j++) {
    var c = rnd(9);
    cs.push(c === 0 ? 0xd800 + rnd(0x800) : c === 1 ? 0x80 + rnd(0x80) : c === 2 ? 0x100 + rnd(0xff00) : c === 3 ? (rnd(256) << 8) | alpha.charCodeAt(rnd(alpha.length)) : alpha.charCodeAt(rnd(alpha.length)));
  }
  var s = String.fromCharCode.apply(null, cs);
  encs.forEach(function (e) {
    line.push(Buffer.from(s, e).toString('hex') + '/' + Buffer.byteLength(s, e));
    var w = Buffer.alloc(rnd(8));
    var off = rnd(w.length + 1);
    line.push(w.write(s, off, rnd(w.length + 1), e) + ':' + w.toString('hex'));
    var hay = Buffer.from(s + 'x' + s, 'utf8');
    line.push(hay.indexOf(s.slice(0, rnd(4)), rnd(10) - 5, e) + ',' + hay.lastIndexOf(s.slice(rnd(3)), rnd(20) - 10, e));
  });
  out.push(t + ' ' + line.join(' '));
}
var text = out.join('\n');
var h = 0x811c9dc5;
for (var q = 0; q < text.length; q++) { h ^= text.charCodeAt(q); h = Math.imul(h, 16777619) >>> 0; }
assert.strictEqual(out.length, 1000);
assert.strictEqual(h, 1712448320);
