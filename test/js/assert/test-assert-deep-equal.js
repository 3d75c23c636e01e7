// assert.deepEqual / deepStrictEqual (and the not* forms, util.isDeepStrictEqual)
// decide as Node 20 does: "L" loosely equal, "S" strictly equal (taken from node).

'use strict';
var assert = require('assert');
var util = require('util');
var common = require('./common');
var Foo = common.Foo;
var Bar = common.Bar;
var args = common.args;
var loose = common.loose;
var strict = common.strict;
var both = common.both;
var circ = common.circ;
var withSym = common.withSym;
var withHidden = common.withHidden;
var re = common.re;
var err = common.err;
var arrWith = common.arrWith;
var failures = common.failures;
var check = common.check;

check(both(1, 1),
      "LS");
check(both(1, '1'),
      "L-");
check(both(0, -0),
      "L-");
check(both(-0, -0),
      "LS");
check(both(NaN, NaN),
      "LS");
check(both(null, undefined),
      "L-");
check(both(null, null),
      "LS");
check(both(true, 1),
      "L-");
check(both('a', 'a'),
      "LS");
check(both({}, {}),
      "LS");
check(both({ a: 1 }, { a: 1 }),
      "LS");
check(both({ a: 1 }, { a: '1' }),
      "L-");
check(both({ a: 1 }, { a: 1, b: 2 }),
      "--");
check(both({ a: 1, b: 2 }, { b: 2, a: 1 }),
      "LS");
check(both({ a: undefined }, {}),
      "--");
check(both({ a: { b: [1, { c: 2 }] } }, { a: { b: [1, { c: 2 }] } }),
      "LS");
check(both({ a: { b: [1, { c: 2 }] } }, { a: { b: [1, { c: 3 }] } }),
      "--");
check(both([1, 2, 3], [1, 2, 3]),
      "LS");
check(both([1, 2, 3], [1, 2]),
      "--");
check(both([1, 2, 3], ['1', '2', '3']),
      "L-");
check(both([1, , 3], [1, undefined, 3]),
      "--");
check(both([1, , 3], [1, , 3]),
      "LS");
check(both(arrWith([1], 'x', 1), [1]),
      "--");
check(both(arrWith([1], 'x', 1), arrWith([1], 'x', 1)),
      "LS");
check(both([], {}),
      "--");
check(both(new Foo(), { a: 1 }),
      "L-");
check(both(new Foo(), new Bar()),
      "L-");
check(both(new Foo(), new Foo()),
      "LS");
check(both(Object.create(null), {}),
      "L-");
check(both(args(1, 2), [1, 2]),
      "--");
check(both(args(1, 2), args(1, 2)),
      "LS");
check(both(new Date(0), new Date(0)),
      "LS");
check(both(new Date(0), new Date(1)),
      "--");
check(both(new Date(0), {}),
      "--");
check(both(/a/g, /a/g),
      "LS");
check(both(/a/g, /a/i),
      "--");
check(both(/a/, /b/),
      "--");
check(both(re('a', 'g', 1), re('a', 'g', 0)),
      "--");
check(both(new Number(1), new Number(1)),
      "LS");
check(both(new Number(1), new Number(2)),
      "--");
check(both(new Number(NaN), new Number(NaN)),
      "LS");
check(both(new Number(0), new Number(-0)),
      "--");
check(both(new String('a'), new String('a')),
      "LS");
check(both(new String('a'), 'a'),
      "--");
check(both(new Boolean(true), new Boolean(false)),
      "--");
check(both(new Number(1), 1),
      "--");
check(both(err(Error, 'x'), err(Error, 'x')),
      "LS");
check(both(err(Error, 'x'), err(Error, 'y')),
      "--");
check(both(err(Error, 'x'), err(TypeError, 'x')),
      "--");
check(both(err(Error, 'x', { code: 1 }), err(Error, 'x', { code: 2 })),
      "--");
check(both(err(Error, 'x'), { message: 'x', name: 'Error' }),
      "--");
check(both(new Uint8Array([1, 2]), new Uint8Array([1, 2])),
      "LS");
check(both(new Uint8Array([1, 2]), new Uint8Array([1, 3])),
      "--");
check(both(new Uint8Array([1, 2]), new Int8Array([1, 2])),
      "--");
check(both(new Float64Array([0]), new Float64Array([-0])),
      "L-");
check(both(new Float64Array([NaN]), new Float64Array([NaN])),
      "-S");
check(both(new Uint8Array([1, 2]), [1, 2]),
      "--");
check(both(new Uint8Array([1]).buffer, new Uint8Array([1]).buffer),
      "LS");
check(both(new Uint8Array([1]).buffer, new Uint8Array([2]).buffer),
      "--");
check(both(circ(), circ()),
      "LS");
check(both(circ(), { a: 1, self: { a: 1, self: {} } }),
      "--");
check(both(withSym(1), withSym(1)),
      "LS");
check(both(withSym(1), withSym(2)),
      "L-");
check(both(withSym(1), { a: 1 }),
      "L-");
check(both(withHidden(1), withHidden(2)),
      "LS");
check(both(function f() {}, function f() {}),
      "--");
check(both(Symbol.for('s'), Symbol.for('s')),
      "LS");
check(both(Symbol('s'), Symbol('s')),
      "--");
check(both([{ a: 1 }, [2]], [{ a: 1 }, [2]]),
      "LS");
check(both({ a: [1, 2] }, { a: { 0: 1, 1: 2 } }),
      "--");
check(both((function () { var d = {}; d[Symbol.toStringTag] = 'Date'; return d; })(), (function () { var d = {}; d[Symbol.toStringTag] = 'Date'; return d; })()),
      "LS");
check(both((function () { var d = {}; d[Symbol.toStringTag] = 'Date'; return d; })(), new Date(0)),
      "--");

if (failures.length) {
  process.stderr.write(failures.join('\n') + '\n');
  process.exit(1);
}
