// Calling conventions (FASTCALL, NOARGS, O, VARARGS), constants of each
// type, and an init hook that adds to exports (test/addons/conventions.c).
'use strict';
var assert = require('assert');
var common = require('./common');

var c = require(common.path('test/conventions.node'));

// FASTCALL: every argument; `this` is the receiver.
assert.strictEqual(c.fast(1, 2, 3.5), 6.5);
assert.strictEqual(c.fast(), 0);
assert.strictEqual(c.fast.length, 2);
var big = [];
for (var i = 0; i < 40; i++) big.push(1);
assert.strictEqual(c.fast.apply(null, big), 40);
assert.throws(function () { c.fast(1, 'x'); }, { code: 'ERR_INVALID_ARG_TYPE' });
var obj = { m: c.thisOf };
assert.strictEqual(obj.m(), obj);

// NOARGS: arguments are ignored.
assert.strictEqual(c.noargs(), 'noargs');
assert.strictEqual(c.noargs(1, 2), 'noargs');

// O: the first argument, undefined when there is none.
assert.strictEqual(c.one(5), 5);
assert.strictEqual(c.one(5, 6), 5);
assert.strictEqual(c.one(), undefined);
var o = {};
assert.strictEqual(c.one(o), o);

// VARARGS: a new array of the arguments each call.
assert.deepStrictEqual(c.varargs(1, 'a', null), [1, 'a', null]);
assert.deepStrictEqual(c.varargs(), []);
assert.ok(Array.isArray(c.varargs()));
assert.notStrictEqual(c.varargs(), c.varargs());
assert.strictEqual(c.varargs.apply(null, big).length, 40);

// An exception set by a non-FASTCALL function is thrown as set.
assert.throws(function () { c.fail(); },
  function (e) { return e instanceof RangeError && e.code === 'ERR_CONV_FAIL' && e.message === 'failed on purpose'; });

// Constants.
assert.strictEqual(c.NUM, 42.5);
assert.strictEqual(c.STR, 'caf\u00e9');
assert.strictEqual(c.YES, true);
assert.strictEqual(c.NO, false);

// init ran once, after the table, with the state reachable by definition;
// what it added is there, and functions it added get the state too.
assert.strictEqual(c.stateFound, true);
assert.strictEqual(c.inits(), 1);
assert.strictEqual(c.nested.sum(2, 3), 5);
assert.strictEqual(c.nested.n, 7);
assert.strictEqual(c.nested.s, 'nested');
delete require.cache[common.path('test/conventions.node')];
assert.strictEqual(require(common.path('test/conventions.node')), c);
assert.strictEqual(c.inits(), 1);
