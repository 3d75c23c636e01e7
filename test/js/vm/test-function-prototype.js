// A function's default `prototype` behaves as the language says wherever a
// script looks at it, though duv makes the object only when it is first
// looked up (vm/duktape/patches/0008): get, put, defineProperty, delete,
// descriptors, key lists, freeze, instanceof and `new`. And because a
// closure no longer points at itself through its prototype, one that is
// dropped is freed at once with everything its scope holds (checked under
// duv only: Node's GC runs when it likes).
'use strict';
var assert = require('assert');
var fs = require('fs');

// The object exists on first read, with `constructor`, and stays the same.
var f = function (a, b) { return a + b; };
assert.strictEqual(typeof f.prototype, 'object');
assert.strictEqual(f.prototype.constructor, f);
assert.strictEqual(f.prototype, f.prototype);
assert.strictEqual(Object.getPrototypeOf(f.prototype), Object.prototype);
assert.deepStrictEqual(Object.keys(f.prototype), []);

// Its attributes, before anything else touched it.
var d = Object.getOwnPropertyDescriptor(function () {}, 'prototype');
assert.strictEqual(typeof d.value, 'object');
assert.strictEqual(d.writable, true);
assert.strictEqual(d.enumerable, false);
assert.strictEqual(d.configurable, false);

// `new` and instanceof use it; the instance inherits what is added to it.
function Point(x) { this.x = x; }
Point.prototype.twice = function () { return 2 * this.x; };
var p = new Point(4);
assert.strictEqual(p.twice(), 8);
assert.ok(p instanceof Point);
assert.strictEqual(Object.getPrototypeOf(p), Point.prototype);
var Anon = function () {};
assert.ok(new Anon() instanceof Anon);
assert.strictEqual(({}) instanceof function () {}, false);
var Fresh = function () {};
assert.strictEqual(Object.getPrototypeOf(new Fresh()).constructor, Fresh);

// A script's own value replaces it, by assignment or by defineProperty.
var g = function () {};
g.prototype = { tag: 'mine' };
assert.strictEqual(new g().tag, 'mine');
assert.strictEqual(g.prototype.constructor, Object);
var h = function () {};
Object.defineProperty(h, 'prototype', { value: 5, writable: false });
assert.strictEqual(h.prototype, 5);
assert.throws(function () { h.prototype = 6; }, TypeError);

// It is an own, undeletable key, listed where an eager one would be.
var k = function () {};
assert.ok('prototype' in k);
assert.ok(Object.prototype.hasOwnProperty.call(k, 'prototype'));
assert.ok(Object.getOwnPropertyNames(k).indexOf('prototype') >= 0);
assert.strictEqual(Object.keys(k).indexOf('prototype'), -1);
assert.throws(function () { delete k.prototype; }, TypeError);
var order = function () {};
order.extra = 1;
var names = Object.getOwnPropertyNames(order);
assert.ok(names.indexOf('prototype') < names.indexOf('extra'), names.join());

// Freezing before the first look still freezes it, and the object is there.
var frozen = function () {};
Object.freeze(frozen);
assert.ok(Object.isFrozen(frozen));
assert.strictEqual(Object.getOwnPropertyDescriptor(frozen, 'prototype').writable, false);
assert.strictEqual(frozen.prototype.constructor, frozen);
var sealed = function () {};
Object.preventExtensions(sealed);
assert.strictEqual(Object.isFrozen(sealed), false);
assert.strictEqual(sealed.prototype.constructor, sealed);

// Functions that are not constructors still have none.
assert.strictEqual(f.bind(null).prototype, undefined);
assert.strictEqual(Math.max.prototype, undefined);

// Closures dropped after use free what they hold at once: each keeps an open
// directory, which gives its descriptor back when collected.
function openFds() { return fs.readdirSync('/proc/self/fd').length; }
var before = openFds();
for (var i = 0; i < 64; i++) {
  var dir = fs.opendirSync('/tmp');
  var cb = (function (held) { return function () { return held.path; }; })(dir);
  dir = null;
  assert.strictEqual(cb(), '/tmp');
  cb = null;
}
if (process.versions.duv !== undefined) {
  assert.ok(openFds() <= before + 1, 'descriptors held by dropped closures: ' + (openFds() - before));
}
