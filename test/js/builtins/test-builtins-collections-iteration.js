// Map and Set iteration under mutation follows the spec: deleted entries are
// skipped, added ones are visited, clear() ends the walk (entries added after
// it are visited), and all of it holds across the table's compactions.
'use strict';
var assert = require('assert');

function collect(it) {
  var out = [];
  for (var r = it.next(); !r.done; r = it.next()) out.push(r.value);
  return out;
}

// Delete ahead and behind while iterating.
var m = new Map([[1, 'a'], [2, 'b'], [3, 'c'], [4, 'd']]);
var it = m.keys();
assert.strictEqual(it.next().value, 1);
m.delete(2);
m.delete(1);
assert.strictEqual(it.next().value, 3);
m.set(5, 'e');
assert.deepStrictEqual(collect(it), [4, 5]);
assert.deepStrictEqual(it.next(), { value: undefined, done: true });
m.set(6, 'f');
assert.strictEqual(it.next().done, true, 'a finished iterator stays finished');

// Delete the current entry and re-add it: visited again at the end.
var s = new Set([1, 2, 3]);
var seen = [];
s.forEach(function (v) {
  seen.push(v);
  if (v === 1 && seen.length === 1) { s.delete(1); s.add(1); }
  if (seen.length > 10) throw new Error('runaway');
});
assert.deepStrictEqual(seen, [1, 2, 3, 1]);

// clear() during iteration ends it; entries added afterwards are visited.
var c = new Map([[1, 1], [2, 2], [3, 3]]);
var ci = c.entries();
assert.deepStrictEqual(ci.next().value, [1, 1]);
c.clear();
assert.strictEqual(ci.next().done, true);
var c2 = new Map([[1, 1], [2, 2]]);
var ci2 = c2.keys();
ci2.next();
c2.clear();
c2.set(9, 9);
assert.deepStrictEqual(collect(ci2), [9]);

// forEach sees additions and skips deletions, and clear() stops it.
var f = new Map([[1, 1], [2, 2], [3, 3]]);
var visited = [];
f.forEach(function (v, k) {
  visited.push(k);
  if (k === 1) { f.delete(2); f.set(4, 4); }
});
assert.deepStrictEqual(visited, [1, 3, 4]);
var g = new Set([1, 2, 3]);
visited = [];
g.forEach(function (v) { visited.push(v); g.clear(); });
assert.deepStrictEqual(visited, [1]);

// A paused iterator survives compactions: delete most entries and add many
// more (the table compacts and grows several times meanwhile).
var big = new Map();
for (var i = 0; i < 100; i++) big.set(i, i);
var bi = big.keys();
for (i = 0; i < 10; i++) assert.strictEqual(bi.next().value, i);
for (i = 0; i < 95; i++) if (i !== 50) big.delete(i);
for (i = 100; i < 1000; i++) big.set(i, i);
for (i = 100; i < 990; i++) big.delete(i);
var rest = collect(bi);
var expected = [50, 95, 96, 97, 98, 99];
for (i = 990; i < 1000; i++) expected.push(i);
assert.deepStrictEqual(rest, expected);

// Two iterators at different places through a compaction, and one made after it.
var t = new Set();
for (i = 0; i < 64; i++) t.add(i);
var early = t.values(), late = t.values();
early.next();
for (i = 0; i < 40; i++) late.next();
for (i = 0; i < 60; i++) t.delete(i);
for (i = 64; i < 200; i++) t.add(i);
var earlyRest = collect(early);
var lateRest = collect(late);
assert.deepStrictEqual(earlyRest.slice(0, 5), [60, 61, 62, 63, 64]);
assert.strictEqual(earlyRest.length, 140);
assert.deepStrictEqual(lateRest, earlyRest);
assert.deepStrictEqual(collect(t.values()), earlyRest);

// forEach across a compaction triggered from its own callback.
var h = new Map();
for (i = 0; i < 16; i++) h.set(i, i);
visited = [];
h.forEach(function (v, k) {
  visited.push(k);
  if (k === 3) {
    for (var j = 4; j < 14; j++) h.delete(j);
    for (j = 100; j < 140; j++) h.set(j, j);
  }
});
var want = [0, 1, 2, 3, 14, 15];
for (i = 100; i < 140; i++) want.push(i);
assert.deepStrictEqual(visited, want);

// An error in forEach's callback propagates and leaves the map usable.
var e = new Map([[1, 1]]);
assert.throws(function () { e.forEach(function () { throw new RangeError('boom'); }); }, RangeError);
e.set(2, 2);
assert.strictEqual(e.size, 2);

// Iterator next on the wrong receiver.
assert.throws(function () { new Map().keys().next.call({}); }, TypeError);
assert.throws(function () { new Set().values().next.call(new Map().keys()); }, TypeError);
