// Differential check against Node 20: seeded random buffers through fill
// (every value kind and encoding), copy, compare, slice, subarray, toString
// ranges, concat lengths, the variable and fixed-size number methods and
// swap16, with random and odd arguments (negative, fractional, NaN, strings,
// Infinity). Results and error codes go into a checksum that must be the one
// node computes from the same script.
'use strict';
var assert = require('assert');
var seed = 4242;
function rnd(n) { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; }
var encs = ['utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex', undefined];
function pick(a) { return a[rnd(a.length)]; }
function num() { return pick([0, 1, 2, 3, 5, 8, -1, -3, 1.5, NaN, undefined, '2', 100, Infinity]); }
function tryit(f) { try { var r = f(); return Buffer.isBuffer(r) ? r.toString('hex') : String(r); } catch (e) { return 'E:' + e.code; } }
var lines = [];
for (var t = 0; t < 250; t++) {
  var len = rnd(10);
  var b = Buffer.alloc(len);
  for (var i = 0; i < len; i++) b[i] = rnd(256);
  var c = Buffer.from(b);
  var l = [];
  var fillv = pick(['', 'a', 'ab', '\u00e9', '\u20ac', 'zz', 'f0e', 'QUI=', 7, 300, -1, true, Buffer.from([1, 2]), Buffer.alloc(0)]);
  l.push(tryit(function () { return Buffer.from(c).fill(fillv, num(), num(), pick(encs)); }));
  l.push(tryit(function () { return Buffer.from(c).fill(fillv, num(), pick(encs)); }));
  var d = Buffer.alloc(rnd(8));
  l.push(tryit(function () { return c.copy(d, num(), num(), num()) + ':' + d.toString('hex'); }));
  l.push(tryit(function () { return c.compare(d, num(), num(), num(), num()); }));
  l.push(tryit(function () { return c.slice(num(), num()); }));
  l.push(tryit(function () { return c.subarray(num(), num()); }));
  l.push(tryit(function () { return c.toString(pick(encs), num(), num()); }).split('').map(function (ch) { return ch.charCodeAt(0); }).join('.'));
  l.push(tryit(function () { return Buffer.concat([c, d, c], pick([undefined, 0, 3, 7, 30, -1, 1.5])); }));
  var bl = pick([1, 2, 3, 4, 5, 6, 0, 7, 2.5]);
  var off = num();
  ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE'].forEach(function (m) { l.push(tryit(function () { return c[m](off, bl); })); });
  var val = pick([0, 1, -1, 255, 256, 65535, -32768, 1e10, -1e10, 2.5, 'x', 0x7fffffffffff]);
  ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE'].forEach(function (m) { var w = Buffer.from(c); l.push(tryit(function () { return w[m](val, off, bl) + ':' + w.toString('hex'); })); });
  ['readUInt16LE', 'readInt32BE', 'readInt8'].forEach(function (m) { l.push(tryit(function () { return c[m](off); })); });
  // Floats compared by their bytes (number to text differs between engines).
  l.push(tryit(function () { var x = Buffer.alloc(8); x.writeDoubleLE(c.readFloatBE(off)); return x; }));
  l.push(tryit(function () { var x = Buffer.alloc(8); x.writeDoubleLE(c.readDoubleLE(off)); return x; }));
  ['writeUInt16LE', 'writeInt32BE', 'writeFloatBE', 'writeDoubleLE', 'writeInt8', 'writeUInt8'].forEach(function (m) { var w = Buffer.from(c); l.push(tryit(function () { return w[m](val, off) + ':' + w.toString('hex'); })); });
  l.push(tryit(function () { return b.equals(c) + ',' + Buffer.compare(b, d); }));
  if (len % 2 === 0) l.push(tryit(function () { return Buffer.from(c).swap16(); }));
  lines.push(t + ' ' + l.join(' '));
}
var text = lines.join('\n');
var h = 0x811c9dc5;
for (var q = 0; q < text.length; q++) { h ^= text.charCodeAt(q); h = Math.imul(h, 16777619) >>> 0; }
assert.strictEqual(lines.length, 250);
assert.strictEqual(h, 1254371612);
