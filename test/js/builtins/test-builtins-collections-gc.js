// Creating and dropping many Maps, Sets, WeakMaps, WeakSets and iterators:
// the garbage collector frees them with their tables (checked under asan for
// leaks and use after free), and a WeakMap does not keep its keys alive.
'use strict';
var assert = require('assert');

var gc = typeof Duktape === 'object' ? function () { Duktape.gc(); } :
  typeof global.gc === 'function' ? global.gc : function () {};

var keep = new Map();
for (var round = 0; round < 300; round++) {
  var m = new Map();
  var s = new Set();
  var wm = new WeakMap();
  var ws = new WeakSet();
  for (var i = 0; i < 40; i++) {
    var key = { i: i };
    m.set(key, [i]);
    m.set('k' + i, key);
    s.add(key);
    wm.set(key, { back: key });
    ws.add(key);
  }
  var it = m.entries();
  it.next();
  for (i = 0; i < 30; i++) m.delete('k' + i);
  for (i = 40; i < 80; i++) m.set(i, i);
  it.next();
  // A cycle: the map holds itself, a set holds the map.
  m.set('self', m);
  s.add(m);
  if (round % 50 === 0) {
    keep.set(round, m);
    gc();
  }
}
gc();
assert.strictEqual(keep.size, 6);
keep.forEach(function (m) {
  assert.strictEqual(m.get('self'), m);
  assert.strictEqual(m.size, 40 + 10 + 40 + 1);
});

// Values kept only by a WeakMap entry go with their key.
var collected = 0;
if (typeof Duktape === 'object') {
  var weak = new WeakMap();
  for (i = 0; i < 100; i++) {
    var value = {};
    Duktape.fin(value, function () { collected++; });
    weak.set({}, value);
  }
  value = null;
  gc();
  gc();
  assert.strictEqual(collected, 100);
}

// Iterators abandoned mid-walk, over collections that are then dropped.
for (round = 0; round < 200; round++) {
  var t = new Set([1, 2, 3]);
  var vi = t.values();
  vi.next();
  t.clear();
  t = null;
  assert.strictEqual(vi.next().done, true);
}
gc();
