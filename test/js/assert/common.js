// What the deep-equality tests share: value makers, the L/S verdict of
// assert's deep comparisons, and a check that collects failures (each test
// file runs in its own process). Passes under node too.
'use strict';
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

exports.Foo = Foo;
exports.Bar = Bar;
exports.args = args;
exports.loose = loose;
exports.strict = strict;
exports.both = both;
exports.circ = circ;
exports.withSym = withSym;
exports.withHidden = withHidden;
exports.re = re;
exports.err = err;
exports.arrWith = arrWith;
exports.failures = failures;
exports.check = check;
