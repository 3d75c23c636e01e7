// Map and Set throughput, run by duv and node alike (see run-collections.py).
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
// Not a linear scan: lookups in a 1e4 and a 1e5 entry map, 1e5 of each.
[1e4, 1e5].forEach(function (size) {
  var m = new Map();
  for (var i = 0; i < size; i++) m.set('s' + i, i);
  out['get1e5From' + size] = time(function () {
    for (var j = 0; j < 1e5; j++) m.get('s' + (j % size));
  });
});
console.log(JSON.stringify(out));
