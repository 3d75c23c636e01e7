// Error stacks in V8's shape: "Name: message" then "    at <frame>" lines,
// with "at fn (file:line[:col])", "at new Ctor (...)", "at Type.method (...)"
// and unnamed frames as "at file:line". Duktape has no columns, so the column
// is optional here; everything else is what node prints too.
'use strict';
var assert = require('assert');
var FILE = __filename.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
var LOC = FILE + ':(\\d+)(?::\\d+)?';

function frames(stack) { return stack.split('\n').slice(1); }
function lineOf(frame) { return Number(new RegExp(LOC).exec(frame)[1]); }

// A named function: header, then the frame with this file and line.
function named() {
  return new Error('boom');           // line 15
}
var e = named();
var fs = frames(e.stack);
assert.strictEqual(e.stack.split('\n')[0], 'Error: boom');
assert.ok(new RegExp('^    at named \\(' + LOC + '\\)$').test(fs[0]), fs[0]);
assert.strictEqual(lineOf(fs[0]), 15);
// Module code runs with `this` = module.exports: "at Object.<anonymous>".
assert.ok(new RegExp('^    at Object\\.<anonymous> \\(' + LOC + '\\)$').test(fs[1]), fs[1]);
assert.strictEqual(lineOf(fs[1]), 17);
// No engine-internal frames or flags.
assert.ok(!/duk_|preventsyield|strict|\[anon\]/.test(e.stack), e.stack);

// Constructors: "at new Ctor".
function Widget() { this.err = new Error('ctor'); }
var w = new Widget();
assert.ok(/^    at new Widget \(/.test(frames(w.err.stack)[0]), w.err.stack);

// Methods: "at Type.method", the method name found on the receiver.
var obj = { run: function () { return new Error('m'); } };
assert.ok(/^    at Object\.run \(/.test(frames(obj.run().stack)[0]), obj.run().stack);
function Thing() {}
Thing.prototype.go = function go() { return new Error('p'); };
assert.ok(/^    at Thing\.go \(/.test(frames(new Thing().go().stack)[0]));
var alias = { other: named };
assert.ok(/^    at Object\.named \[as other\] \(/.test(frames(alias.other().stack)[0]), alias.other().stack);

// An anonymous function called plainly prints its location alone.
var anon = (function () { return function () { return new Error('a'); }; })();
assert.ok(new RegExp('^    at ' + LOC + '$').test(frames(anon().stack)[0]), anon().stack);

// Engine errors get the same shape.
try {
  null.x;                               // line 48
} catch (err) {
  assert.ok(err instanceof TypeError);
  assert.strictEqual(err.stack.split('\n')[0], 'TypeError: ' + err.message);
  assert.strictEqual(lineOf(frames(err.stack)[0]), 48);
}

// Native frames that V8 shows, such as Array.prototype.forEach.
[1].forEach(function () {
  var s = new Error('fe').stack;
  assert.ok(/^    at Array\.forEach \(/m.test(s), s);
});

// `stack` is an own, non-enumerable, writable property; not on the prototype.
var own = new Error('own');
assert.ok(Object.prototype.hasOwnProperty.call(own, 'stack'));
assert.ok(!('stack' in Error.prototype));
assert.deepStrictEqual(Object.keys(own), []);
own.stack = 'replaced';
assert.strictEqual(own.stack, 'replaced');

// The header is formatted at the first access, then fixed.
var lazy = new Error('before');
lazy.message = 'after';
assert.strictEqual(lazy.stack.split('\n')[0], 'Error: after');
lazy.message = 'later';
assert.strictEqual(lazy.stack.split('\n')[0], 'Error: after');
var renamed = new RangeError('r');
renamed.name = 'Custom';
assert.strictEqual(renamed.stack.split('\n')[0], 'Custom: r');

// Error.stackTraceLimit, read when the error is created.
assert.strictEqual(Error.stackTraceLimit, 10);
function deep(n) { return n === 0 ? new Error('deep') : deep(n - 1); }
assert.strictEqual(frames(deep(20).stack).length, 10);
Error.stackTraceLimit = 3;
var three = deep(20);
Error.stackTraceLimit = 10;
assert.strictEqual(frames(three.stack).length, 3);
Error.stackTraceLimit = 0;
assert.strictEqual(new Error('none').stack, 'Error: none');
Error.stackTraceLimit = 'x';
var noStack = new Error('nan');
Error.stackTraceLimit = 10;
assert.strictEqual(noStack.stack, undefined);

// Error.captureStackTrace: any object; frames up to constructorOpt left out.
var target = {};
Error.captureStackTrace(target);
assert.strictEqual(target.stack.split('\n')[0], 'Error');
assert.ok(/^    at Object\.<anonymous> \(/.test(frames(target.stack)[0]), target.stack);
function outer() { return inner(); }
function inner() { var o = { name: 'N', message: 'M' }; Error.captureStackTrace(o, inner); return o; }
var captured = outer();
assert.strictEqual(captured.stack.split('\n')[0], 'N: M');
assert.ok(/^    at outer \(/.test(frames(captured.stack)[0]), captured.stack);
var notOnStack = {};
Error.captureStackTrace(notOnStack, function unrelated() {});
assert.strictEqual(notOnStack.stack, 'Error');
assert.throws(function () { Error.captureStackTrace(1); }, TypeError);

// The ES5 custom error pattern.
function MyError(message) {
  Error.captureStackTrace(this, MyError);
  this.message = message;
}
MyError.prototype = Object.create(Error.prototype);
MyError.prototype.constructor = MyError;
MyError.prototype.name = 'MyError';
function makeMine() { return new MyError('mine'); }
var mine = makeMine();
assert.ok(mine instanceof Error);
assert.strictEqual(mine.stack.split('\n')[0], 'MyError: mine');
assert.ok(/^    at makeMine \(/.test(frames(mine.stack)[0]), mine.stack);
// Without captureStackTrace such an object has no stack of its own, as in V8.
function Plain() {}
Plain.prototype = Object.create(Error.prototype);
assert.ok(!Object.prototype.hasOwnProperty.call(new Plain(), 'stack'));

// A frozen error still reads its stack.
var frozen = Object.freeze(new Error('frozen'));
assert.strictEqual(frozen.stack.split('\n')[0], 'Error: frozen');
assert.strictEqual(frozen.stack, frozen.stack);

// Running out of call stack is a RangeError with a stack of the usual size.
function recurse() { return 1 + recurse(); }
try {
  recurse();
  assert.fail('no RangeError');
} catch (err) {
  assert.ok(err instanceof RangeError, String(err));
  assert.ok(/^    at recurse \(/.test(frames(err.stack)[0]), err.stack);
  assert.strictEqual(frames(err.stack).length, 10);
}

// Direct eval code: "at eval (eval at caller (file:line), <anonymous>:line)".
function evaluates() {
  return eval('new Error("in eval")');
}
var evalFrame = frames(evaluates().stack)[0];
assert.ok(new RegExp('^    at eval \\(eval at evaluates \\(' + LOC + '\\), <anonymous>:1(:\\d+)?\\)$').test(evalFrame),
          evalFrame);
