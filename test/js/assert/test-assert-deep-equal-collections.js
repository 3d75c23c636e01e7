// Deep equality of Map and Set as Node 20 decides it (taken from node); runs
// when the runtime has Map and Set.

'use strict';
// Until the runtime has Map and Set, a minimal spec-shaped stand-in
// (constructor, size, get, set, has, add, forEach) exercises the code paths.
if (typeof Map !== 'function') {
  global.Map = function Map(entries) {
    Object.defineProperty(this, '_k', { value: [] });
    Object.defineProperty(this, '_v', { value: [] });
    for (var i = 0; entries && i < entries.length; i++) this.set(entries[i][0], entries[i][1]);
  };
  Object.defineProperty(Map.prototype, 'size', { get: function () { return this._k.length; } });
  Map.prototype.set = function (k, v) {
    var i = this._k.indexOf(k);
    if (i === -1) { this._k.push(k); this._v.push(v); } else this._v[i] = v;
    return this;
  };
  Map.prototype.get = function (k) { var i = this._k.indexOf(k); return i === -1 ? undefined : this._v[i]; };
  Map.prototype.has = function (k) { return this._k.indexOf(k) !== -1; };
  Map.prototype.forEach = function (fn) { for (var i = 0; i < this._k.length; i++) fn(this._v[i], this._k[i], this); };
}
if (typeof Set !== 'function') {
  global.Set = function Set(values) {
    Object.defineProperty(this, '_v', { value: [] });
    for (var i = 0; values && i < values.length; i++) this.add(values[i]);
  };
  Object.defineProperty(Set.prototype, 'size', { get: function () { return this._v.length; } });
  Set.prototype.add = function (v) { if (this._v.indexOf(v) === -1) this._v.push(v); return this; };
  Set.prototype.has = function (v) { return this._v.indexOf(v) !== -1; };
  Set.prototype.forEach = function (fn) { for (var i = 0; i < this._v.length; i++) fn(this._v[i], this._v[i], this); };
}
var assert = require('assert');
var util = require('util');
function Foo() { this.a = 1; }
function Bar() { this.a = 1; }
function args() { return arguments; }
function loose(a, b) { try { assert.deepEqual(a, b); return true; } catch (e) { if (e.code !== 'ERR_ASSERTION') throw e; return false; } }
function strict(a, b) { try { assert.deepStrictEqual(a, b); return true; } catch (e) { if (e.code !== 'ERR_ASSERTION') throw e; return false; } }
function both(a, b) {
  var s = strict(a, b);
  if (s !== util.isDeepStrictEqual(a, b)) throw new Error('isDeepStrictEqual disagrees');
  var notS;
  try { assert.notDeepStrictEqual(a, b); notS = true; } catch (e) { notS = false; }
  var notL;
  try { assert.notDeepEqual(a, b); notL = true; } catch (e) { notL = false; }
  if (notS === s || notL === loose(a, b)) throw new Error('not* disagrees');
  return (loose(a, b) ? 'L' : '-') + (s ? 'S' : '-');
}
function circ() { var o = { a: 1 }; o.self = o; return o; }
function withSym(v) { var o = { a: 1 }; o[Symbol.for('k')] = v; return o; }
function withHidden(v) { var o = { a: 1 }; Object.defineProperty(o, 'h', { value: v, enumerable: false }); return o; }
function re(src, flags, last) { var r = new RegExp(src, flags); r.lastIndex = last || 0; return r; }
function err(Ctor, msg, props) { var e = new Ctor(msg); for (var k in props) e[k] = props[k]; return e; }
function arrWith(a, k, v) { a[k] = v; return a; }

var failures = [];
function check(actual, expected) {
  if (actual !== expected) failures.push('case ' + (failures.length + 1) + ':\n  got:  ' + JSON.stringify(actual) + '\n  want: ' + JSON.stringify(expected));
}

check(both(new Map([[1, 'a']]), new Map([[1, 'a']])),
      "LS");
check(both(new Map([[1, 'a']]), new Map([[1, 'b']])),
      "--");
check(both(new Map([[1, 'a']]), new Map([['1', 'a']])),
      "L-");
check(both(new Map([[{ k: 1 }, 'a']]), new Map([[{ k: 1 }, 'a']])),
      "LS");
check(both(new Map([[{ k: 1 }, 'a']]), new Map([[{ k: 2 }, 'a']])),
      "--");
check(both(new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']])),
      "LS");
check(both(new Map(), {}),
      "--");
check(both(new Set([1, 2]), new Set([2, 1])),
      "LS");
check(both(new Set([1]), new Set(['1'])),
      "L-");
check(both(new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])),
      "LS");
check(both(new Set([{ a: 1 }]), new Set([{ a: 2 }])),
      "--");
check(both(new Set([[1]]), new Set([[1]])),
      "LS");
check(both(new Set(), new Map()),
      "--");
check(both(new Set([1, 2]), new Set([1, 2, 3])),
      "--");

if (failures.length) {
  process.stderr.write(failures.join('\n') + '\n');
  process.exit(1);
}
