// Odd uses of the stack API: prepareStackTrace returning non-strings, a
// throwing name getter, Proxy and frozen receivers, an unlimited
// Error.stackTraceLimit, many errors in a row. Passes under node too.
var assert = require('assert');
// prepareStackTrace may return anything; the value is kept as is.
Error.prepareStackTrace = function () { return 42; };
var e1 = new Error('x');
assert.strictEqual(e1.stack, 42);
Error.prepareStackTrace = function (e, s) { return { frames: s.length }; };
assert.strictEqual(typeof new Error('y').stack.frames, 'number');
Error.prepareStackTrace = undefined;
// A throwing `name` getter surfaces from the stack read.
var e2 = new Error('z');
Object.defineProperty(e2, 'name', { get: function () { throw new Error('bad name'); } });
assert.throws(function () { return e2.stack; }, /bad name/);
// Proxy receivers and odd receivers still format.
var p = new Proxy({ m: function () { return new Error('p').stack; } }, {});
assert.ok(/\n    at /.test(p.m()));
var frozenThis = Object.freeze({ m: function () { return new Error('f').stack; } });
assert.ok(/^    at Object\.m \(/m.test(frozenThis.m()), frozenThis.m());
// Infinity as the limit captures every frame.
Error.stackTraceLimit = Infinity;
function deep(n) { return n === 0 ? new Error('deep') : deep(n - 1); }
assert.ok(deep(30).stack.split('\n').length > 31);
Error.stackTraceLimit = 10;
// Errors created in a loop stay cheap and correct.
for (var i = 0; i < 1000; i++) assert.strictEqual(new TypeError('t' + i).stack.split('\n')[0], 'TypeError: t' + i);

