// assert.ok / assert() quote the failing call from the source file, as Node
// does; AssertionError has Node's name, code, fields, toString and stack head.
'use strict';
var assert = require('assert');
var util = require('util');

function caught(fn) {
  try { fn(); } catch (e) { return e; }
  throw new Error('did not throw');
}

var x = 0;
var e = caught(function () { assert.ok(x); });
assert.strictEqual(e.message, 'The expression evaluated to a falsy value:\n\n  assert.ok(x)\n');
assert.strictEqual(e.generatedMessage, true);
assert.strictEqual(e.actual, 0);
assert.strictEqual(e.expected, true);
assert.strictEqual(e.operator, '==');

e = caught(function () {
  assert(x === 1,
    undefined);
});
assert.strictEqual(e.message, 'The expression evaluated to a falsy value:\n\n  assert(x === 1,\n    undefined)\n');

e = caught(function () { assert.strict.ok(typeof x === 'string' && ')'.length); });
assert.strictEqual(e.message,
  "The expression evaluated to a falsy value:\n\n  assert.strict.ok(typeof x === 'string' && ')'.length)\n");

e = caught(function () { assert.ok(null, 'custom'); });
assert.strictEqual(e.message, 'custom');
assert.strictEqual(e.generatedMessage, false);
assert.strictEqual(e.actual, null);

e = caught(function () { assert.ok(false); });
assert.strictEqual(e.name, 'AssertionError');
assert.strictEqual(e.code, 'ERR_ASSERTION');
assert.ok(e instanceof assert.AssertionError);
assert.ok(e instanceof Error);
assert.deepStrictEqual(Object.keys(e), ['generatedMessage', 'code', 'actual', 'expected', 'operator']);
assert.strictEqual(String(e), 'AssertionError [ERR_ASSERTION]: The expression evaluated to a falsy value:\n\n  assert.ok(false)\n');
assert.strictEqual(e.stack.split('\n')[0], 'AssertionError [ERR_ASSERTION]: The expression evaluated to a falsy value:');
// The stack starts at the caller, not inside the assert module.
var frames = e.stack.split('\n').filter(function (l) { return /^ {4}at /.test(l); });
assert.ok(frames.length > 0);
assert.ok(frames[0].indexOf('test-assert-ok.js') !== -1, frames[0]);

// Nested in another value it prints at depth 0.
var shown = util.inspect({ err: caught(function () { assert.strictEqual({ a: { b: 1 } }, 2); }) });
assert.ok(shown.indexOf("actual: [Object]") !== -1, shown);
assert.ok(shown.indexOf("operator: 'strictEqual'") !== -1, shown);

// Constructing one validates its options.
e = caught(function () { return new assert.AssertionError('x'); });
assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
assert.strictEqual(e.message, 'The "options" argument must be of type object. Received type string (\'x\')');
