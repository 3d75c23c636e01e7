// WeakMap and WeakSet: object keys only, per-collection entries, frozen and
// Proxy keys, no entry visible through a key's prototype, and V8's errors.
'use strict';
var assert = require('assert');

var wm = new WeakMap();
var k1 = {}, k2 = function () {}, k3 = [];
assert.strictEqual(wm.set(k1, 'one'), wm);
wm.set(k2, 'two').set(k3, undefined);
assert.strictEqual(wm.get(k1), 'one');
assert.strictEqual(wm.get(k2), 'two');
assert.strictEqual(wm.has(k3), true, 'an undefined value is still an entry');
assert.strictEqual(wm.get(k3), undefined);
assert.strictEqual(wm.has({}), false);
wm.set(k1, 'uno');
assert.strictEqual(wm.get(k1), 'uno');

// Entries are per collection.
var other = new WeakMap([[k1, 'other']]);
assert.strictEqual(other.get(k1), 'other');
assert.strictEqual(wm.get(k1), 'uno');
assert.strictEqual(other.has(k2), false);

// Nothing shows on the key.
assert.deepStrictEqual(Object.keys(k1), []);
assert.deepStrictEqual(Object.getOwnPropertyNames(k1), []);
assert.deepStrictEqual(Object.getOwnPropertySymbols(k1), []);
assert.strictEqual(JSON.stringify(k1), '{}');
assert.strictEqual(k3.length, 0);

// A key's prototype's entry is not the key's.
var child = Object.create(k1);
assert.strictEqual(wm.has(child), false);
assert.strictEqual(wm.get(child), undefined);
assert.strictEqual(wm.delete(child), false);
assert.strictEqual(wm.get(k1), 'uno');

// delete.
assert.strictEqual(wm.delete(k1), true);
assert.strictEqual(wm.delete(k1), false);
assert.strictEqual(wm.has(k1), false);
assert.strictEqual(other.get(k1), 'other', 'deleting from one leaves the other');

// Frozen, sealed and non-extensible keys take entries, and stay frozen.
var frozen = Object.freeze({ a: 1 });
var sealed = Object.seal({});
var closedObj = Object.preventExtensions({});
[frozen, sealed, closedObj].forEach(function (k, i) {
  wm.set(k, i);
  assert.strictEqual(wm.get(k), i);
  wm.set(k, i + 10);
  assert.strictEqual(wm.get(k), i + 10);
});
assert.strictEqual(Object.isFrozen(frozen), true);
assert.strictEqual(Object.isSealed(sealed), true);
assert.strictEqual(Object.isExtensible(closedObj), false);
assert.strictEqual(wm.delete(frozen), true);
assert.strictEqual(wm.has(frozen), false);
var later = {};
wm.set(later, 'before');
Object.freeze(later);
assert.strictEqual(Object.isFrozen(later), true);
wm.set(later, 'after');
assert.strictEqual(wm.get(later), 'after');

// Proxies are keys of their own; traps never run.
var target = {};
var trapped = 0;
var handler = {};
['get', 'set', 'has', 'defineProperty', 'deleteProperty', 'getOwnPropertyDescriptor', 'ownKeys']
  .forEach(function (name) { handler[name] = function () { trapped++; throw new Error(name); }; });
var proxy = new Proxy(target, handler);
var pm = new WeakMap();
pm.set(proxy, 'proxy');
assert.strictEqual(pm.get(proxy), 'proxy');
assert.strictEqual(pm.has(target), false);
pm.set(target, 'target');
assert.strictEqual(pm.get(proxy), 'proxy');
assert.strictEqual(pm.get(target), 'target');
assert.strictEqual(pm.delete(proxy), true);
assert.strictEqual(pm.has(proxy), false);
assert.strictEqual(trapped, 0);

// WeakSet.
var ws = new WeakSet([k2]);
assert.strictEqual(ws.has(k2), true);
assert.strictEqual(ws.add(k3), ws);
assert.strictEqual(ws.has(k3), true);
assert.strictEqual(ws.delete(k3), true);
assert.strictEqual(ws.has(k3), false);
assert.strictEqual(ws.has(1), false);
assert.strictEqual(ws.delete('x'), false);

// Non-object keys.
assert.strictEqual(wm.get(1), undefined);
assert.strictEqual(wm.has('a'), false);
assert.strictEqual(wm.delete(null), false);
assert.throws(function () { wm.set(1, 1); },
              function (e) { return e instanceof TypeError && e.message === 'Invalid value used as weak map key'; });
assert.throws(function () { ws.add('str'); },
              function (e) { return e instanceof TypeError && e.message === 'Invalid value used in weak set'; });
assert.throws(function () { new WeakMap([[1, 2]]); }, TypeError);
assert.throws(function () { new WeakMap([1]); }, TypeError);
assert.throws(function () { new WeakSet([1]); }, TypeError);

// Constructors and receivers.
assert.throws(function () { WeakMap(); }, TypeError);
assert.throws(function () { WeakSet(); }, TypeError);
assert.throws(function () { WeakMap.prototype.get.call(new WeakSet(), k1); }, TypeError);
assert.throws(function () { WeakSet.prototype.add.call(new WeakMap(), k1); }, TypeError);
assert.throws(function () { WeakMap.prototype.has.call(new Map(), k1); }, TypeError);
assert.strictEqual(Object.prototype.toString.call(wm), '[object WeakMap]');
assert.strictEqual(Object.prototype.toString.call(ws), '[object WeakSet]');
assert.strictEqual(WeakMap.prototype.set.length, 2);
assert.strictEqual(WeakMap.length, 0);
assert.strictEqual(WeakSet.prototype.add.name, 'add');
assert.strictEqual(WeakMap.prototype.constructor, WeakMap);
assert.strictEqual(typeof WeakMap.prototype.clear, 'undefined');
