// Map and Set throughput, run by duv and node alike (test/bench/side-by-side.py runs it).
// Prints one JSON line of milliseconds per case.
'use strict';
function now() { var t = process.hrtime(); return t[0] * 1e3 + t[1] / 1e6; }
function time(fn) { var t0 = now(); fn(); return Math.round((now() - t0) * 10) / 10; }

var N = +(process.argv[2] || 1e6);
var out = {};
out.mapIntSetGet = time(function () {
  var m = new Map();
  for (var i = 0; i < N; i++) m.set(i, i);
  var sum = 0;
  for (i = 0; i < N; i++) sum += m.get(i);
  if (sum !== N * (N - 1) / 2) throw new Error('bad sum');
});
var keys = [];
for (var i = 0; i < N; i++) keys.push('k' + i);
out.mapStringSetGet = time(function () {
  var m = new Map();
  for (var i = 0; i < N; i++) m.set(keys[i], i);
  for (i = 0; i < N; i++) if (m.get(keys[i]) !== i) throw new Error('bad get');
});
out.setAdd1e5 = time(function () {
  var s = new Set();
  for (var i = 0; i < 1e5; i++) s.add(i * 7);
  if (s.size !== 1e5) throw new Error('bad size');
});
// Not a linear scan: 1e5 lookups in maps of 1e4 and 1e5 entries (keys made
// beforehand, results used so that no JIT drops the loop).
[1e4, 1e5].forEach(function (size) {
  var m = new Map();
  var ks = [];
  for (var i = 0; i < size; i++) { ks.push('s' + i); m.set(ks[i], i); }
  var sum = 0;
  out['get1e5From' + size] = time(function () {
    for (var j = 0; j < 1e5; j++) sum += m.get(ks[(j * 7919) % size]);
  });
  if (!(sum > 0)) throw new Error('bad sum');
});
console.log(JSON.stringify(out));
