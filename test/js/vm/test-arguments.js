// The arguments object: length, indices, callee, and the parameter mapping
// of non-strict functions (assigning a parameter changes arguments[i] and
// back, for arguments actually passed; a repeated name maps its last
// position; delete breaks the link), none of it in strict code. duv builds
// it with fewer objects (vm/duktape/patches/0011). Passes under node too.
var assert = require('assert');

// Non-strict, mapped both ways for passed arguments only.
function sloppy(a, b) {
  a = 10;
  assert.strictEqual(arguments[0], 10);
  arguments[0] = 20;
  assert.strictEqual(a, 20);
  arguments[1] = 30;
  return [arguments.length, b, arguments[1]];
}
assert.deepStrictEqual(sloppy(1), [1, undefined, 30]);
assert.deepStrictEqual(sloppy(1, 2), [2, 30, 30]);

// More arguments than parameters: the extra ones are plain indices.
function extra(a) {
  arguments[2] = 'x';
  return [arguments.length, a, arguments[1], arguments[2]];
}
assert.deepStrictEqual(extra(1, 2, 3), [3, 1, 2, 'x']);

// A repeated parameter name maps only its last position, even when that
// argument was not passed.
var dup = Function('a', 'a', 'a = 9; return [arguments[0], arguments[1], a];');
assert.deepStrictEqual(dup(1, 2), [1, 9, 9]);
assert.deepStrictEqual(dup(1), [1, undefined, 9]);
var dup3 = Function('a', 'b', 'a', 'b = 7; a = 8; return [arguments[0], arguments[1], arguments[2]];');
assert.deepStrictEqual(dup3(1, 2, 3), [1, 7, 8]);
assert.deepStrictEqual(dup3(1, 2), [1, 7, undefined]);

var dupFirst = Function('a', 'b', 'a', 'a = 4; return arguments[0];');
assert.strictEqual(dupFirst(1), 1);

// delete ends the link; defineProperty with a value writes through first.
function unlink(a) {
  delete arguments[0];
  a = 5;
  return [arguments[0], a, 0 in arguments];
}
assert.deepStrictEqual(unlink(1), [undefined, 5, false]);
function define(a) {
  Object.defineProperty(arguments, '0', { value: 3 });
  return a;
}
assert.strictEqual(define(1), 3);

// No parameters: indices and length only.
function none() { return [arguments.length, arguments[0], arguments[1]]; }
assert.deepStrictEqual(none('p', 'q'), [2, 'p', 'q']);
assert.deepStrictEqual(none(), [0, undefined, undefined]);

// callee in non-strict code; toString tag; array methods.
function self() { return arguments.callee; }
assert.strictEqual(self(), self);
function tag() { return Object.prototype.toString.call(arguments); }
assert.strictEqual(tag(), '[object Arguments]');
function sliced(a, b) { return Array.prototype.slice.call(arguments, 1); }
assert.deepStrictEqual(sliced(1, 2, 3), [2, 3]);

// Strict: no mapping, callee throws.
function strict(a, b) {
  'use strict';
  a = 10;
  arguments[1] = 20;
  return [arguments[0], b, arguments.length];
}
assert.deepStrictEqual(strict(1, 2), [1, 2, 2]);
function strictNone() { 'use strict'; return [arguments.length, arguments[0]]; }
assert.deepStrictEqual(strictNone(4), [1, 4]);
function strictCallee() { 'use strict'; return arguments.callee; }
assert.throws(strictCallee, TypeError);

// Each call has its own object.
function keep() { return arguments; }
var first = keep(1);
var second = keep(2);
assert.notStrictEqual(first, second);
assert.strictEqual(first[0], 1);
assert.strictEqual(second[0], 2);
