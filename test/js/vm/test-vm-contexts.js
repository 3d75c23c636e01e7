// vm: scripts in this context and in new ones, Node's argument errors.
'use strict';
var assert = require('assert');
var vm = require('vm');

// A new context has its own built-ins; values cross as they are.
var OtherArray = vm.runInNewContext('Array');
assert.notStrictEqual(OtherArray, Array);
assert.strictEqual(Array.isArray(new OtherArray()), true);
assert.strictEqual(vm.runInNewContext('[]') instanceof Array, false);
assert.strictEqual(vm.runInNewContext('x * 2', { x: 21 }), 42);
assert.strictEqual(vm.runInNewContext('typeof require + typeof process + typeof setTimeout'),
  'undefinedundefinedundefined');
assert.strictEqual(vm.runInNewContext('typeof Map + typeof Promise + typeof console'), 'functionfunctionobject');

// The context object sees the globals the script made.
var sandbox = { a: 1, gone: true };
assert.strictEqual(vm.createContext(sandbox), sandbox);
assert.strictEqual(vm.isContext(sandbox), true);
assert.strictEqual(vm.isContext({}), false);
vm.runInContext('var b = a + 1; c = 3; this.d = 4; a = 10; delete this.gone', sandbox);
assert.deepStrictEqual(Object.keys(sandbox).sort(), ['a', 'b', 'c', 'd']);
assert.strictEqual(sandbox.a, 10);
assert.strictEqual(sandbox.b, 2);
// ... and state carries over between runs.
assert.strictEqual(vm.runInContext('b + c + d', sandbox), 9);
sandbox.e = 5;
assert.strictEqual(vm.runInContext('e', sandbox), 5);
// The main context is untouched.
assert.strictEqual(typeof b, 'undefined');

// Errors thrown inside come from that context's realm.
assert.throws(function () { vm.runInNewContext('throw new TypeError("inner")'); }, function (e) {
  return e.name === 'TypeError' && e.message === 'inner' && !(e instanceof TypeError);
});
assert.throws(function () { new vm.Script('var = 1', { filename: 'bad.js' }); }, SyntaxError);

// Script: compiled once, run anywhere.
var script = new vm.Script('count = (typeof count === "number" ? count : 0) + 1', { filename: 's.js' });
var ctx = vm.createContext({});
script.runInContext(ctx);
script.runInContext(ctx);
assert.strictEqual(ctx.count, 2);
assert.strictEqual(script.runInNewContext({ count: 41 }), 42);
assert.strictEqual(vm.createScript('6 * 7').runInThisContext(), 42);
assert.strictEqual(vm.runInThisContext('typeof require'), 'undefined');
assert.strictEqual(vm.runInThisContext('typeof Array.from'), 'function');

// Node's argument errors.
assert.throws(function () { vm.runInContext('1', {}); }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "contextifiedObject" argument must be an vm.Context. Received an instance of Object'
});
assert.throws(function () { vm.isContext(1); }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "object" argument must be of type object. Received type number (1)'
});
assert.throws(function () { vm.createContext(1); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { vm.runInThisContext('1', { filename: 1 }); }, { code: 'ERR_INVALID_ARG_TYPE' });
