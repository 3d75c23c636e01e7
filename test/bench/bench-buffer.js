// Buffer throughput on 64 MB, run by duv and node alike (see run-buffer.py).
// Prints one JSON line of milliseconds per case.
'use strict';
function now() { var t = process.hrtime(); return t[0] * 1e3 + t[1] / 1e6; }
function time(fn) { var t0 = now(); fn(); return Math.round((now() - t0) * 10) / 10; }

var MB = 1024 * 1024;
var pieces = [];
for (var i = 0; i < 1024; i++) pieces.push(Buffer.alloc(64 * 1024, i & 255));
var out = {};
var big;
out.concat64MB = time(function () {
  big = Buffer.concat(pieces);
  if (big.length !== 64 * MB || big[64 * 1024] !== 1) throw new Error('bad concat');
});
var b64;
out.toStringBase64_64MB = time(function () {
  b64 = big.toString('base64');
  if (b64.length !== 64 * MB / 3 * 4 + 4 - (64 * MB % 3 === 0 ? 4 : 0) && b64.length < 64 * MB) throw new Error('bad base64');
});
out.fromBase64_64MB = time(function () {
  var back = Buffer.from(b64, 'base64');
  if (back.length !== big.length || back[64 * MB - 1] !== 255) throw new Error('bad decode');
});
b64 = null;
var ascii = Buffer.alloc(64 * MB, 'a');
out.toStringUtf8_64MB = time(function () {
  if (ascii.toString().length !== 64 * MB) throw new Error('bad utf8');
});
console.log(JSON.stringify(out));
