// Loading addons/hello: exports, functions, constants, per-runtime state,
// one instance per runtime, module bookkeeping.
'use strict';
var assert = require('assert');
var common = require('./common');

var file = common.path('hello/hello.node');
var hello = require(file);

assert.deepStrictEqual(Object.keys(hello), ['greet', 'calls', 'VERSION']);
assert.strictEqual(hello.VERSION, '1.0.0');
assert.strictEqual(typeof hello.greet, 'function');
assert.strictEqual(hello.greet.name, 'greet');
assert.strictEqual(hello.greet.length, 1);
assert.strictEqual(hello.calls.length, 0);

assert.strictEqual(hello.calls(), 0);
assert.strictEqual(hello.greet('duv'), 'Hello, duv!');
assert.strictEqual(hello.greet('\ud83d\ude00'), 'Hello, \ud83d\ude00!');
assert.strictEqual(hello.calls(), 2);

// require() caches the module; the addon's module is made once per runtime,
// so even a fresh require (cache deleted) gives the same exports and state.
assert.strictEqual(require(file), hello);
var mod = require.cache[file];
assert.strictEqual(mod.exports, hello);
assert.strictEqual(mod.loaded, true);
assert.strictEqual(mod.filename, file);
delete require.cache[file];
var again = require(file);
assert.strictEqual(again, hello);
assert.strictEqual(again.calls(), 2);

// require.resolve finds .node files by extension too.
assert.strictEqual(require.resolve(common.path('hello/hello')), file);
assert.strictEqual(require(common.path('hello/hello')), hello);

// A function of the module is a plain function: call, apply, bind.
assert.strictEqual(hello.greet.call(null, 'a'), 'Hello, a!');
assert.strictEqual(hello.greet.apply(null, ['b']), 'Hello, b!');
assert.strictEqual(hello.greet.bind(null, 'c')(), 'Hello, c!');
assert.strictEqual(hello.calls(), 5);

// The template addon loads as well (its init adds a property, its free
// hook runs at teardown).
var template = require(common.path('template/template.node'));
assert.strictEqual(template.example('x'), 'template: x');
assert.strictEqual(template.ANSWER, 42);
assert.strictEqual(template.name, 'template');
