// EventEmitter throughput, run by duv and node alike (test/bench/side-by-side.py
// runs it). Prints one JSON line of milliseconds per case.
'use strict';
var EventEmitter = require('events');

function now() { var t = process.hrtime(); return t[0] * 1e3 + t[1] / 1e6; }
function time(fn) { var t0 = now(); fn(); return Math.round((now() - t0) * 10) / 10; }

var N = 1e6;
var e = new EventEmitter();
var calls = 0;
function a(x, y) { calls += x; }
function b(x, y) { calls += y; }
function c() { calls++; }
e.on('ev', a);
e.on('ev', b);
e.on('ev', c);
var single = new EventEmitter();
single.on('one', c);

var out = {};
out.emit3listeners2args_1e6 = time(function () {
  for (var i = 0; i < N; i++) e.emit('ev', 1, 2);
});
out.emit1listener0args_1e6 = time(function () {
  for (var i = 0; i < N; i++) single.emit('one');
});
out.emitNoListener_1e6 = time(function () {
  for (var i = 0; i < N; i++) single.emit('none', i);
});
if (calls !== N * 4 + N) throw new Error('bad count ' + calls);
console.log(JSON.stringify(out));
