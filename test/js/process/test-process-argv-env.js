// args: one "two words" --flag
// process.argv, argv0, execArgv, execPath and process.env. Passes under node too.
'use strict';
var assert = require('assert');
var path = require('path');

assert.strictEqual(process.argv.length, 5);
assert.strictEqual(process.argv[0], process.execPath);
assert.strictEqual(process.argv[1], __filename);
assert.deepStrictEqual(process.argv.slice(2), ['one', 'two words', '--flag']);
assert.ok(path.isAbsolute(process.execPath), process.execPath);
assert.strictEqual(typeof process.argv0, 'string');
assert.ok(process.argv0.length > 0);
assert.ok(Array.isArray(process.execArgv));
assert.strictEqual(process.execArgv.length, 0);

// env: values become strings, delete and `in` work, keys are listed.
var env = process.env;
assert.strictEqual(typeof env.PATH, 'string');
assert.ok(Object.keys(env).indexOf('PATH') !== -1);
assert.strictEqual('DUV_TEST_UNSET_VAR' in env, false);
assert.strictEqual(env.DUV_TEST_UNSET_VAR, undefined);
env.DUV_TEST_VAR = 42;
assert.strictEqual(env.DUV_TEST_VAR, '42');
env.DUV_TEST_VAR = true;
assert.strictEqual(env.DUV_TEST_VAR, 'true');
env.DUV_TEST_VAR = undefined;
assert.strictEqual(env.DUV_TEST_VAR, 'undefined');
env.DUV_TEST_VAR = null;
assert.strictEqual(env.DUV_TEST_VAR, 'null');
env.DUV_TEST_VAR = { toString: function () { return 'custom'; } };
assert.strictEqual(env.DUV_TEST_VAR, 'custom');
assert.strictEqual('DUV_TEST_VAR' in env, true);
assert.ok(Object.keys(env).indexOf('DUV_TEST_VAR') !== -1);
assert.strictEqual(delete env.DUV_TEST_VAR, true);
assert.strictEqual('DUV_TEST_VAR' in env, false);
assert.strictEqual(env.DUV_TEST_VAR, undefined);
assert.ok(Object.keys(env).indexOf('DUV_TEST_VAR') === -1);
assert.strictEqual(delete env.DUV_TEST_NEVER_SET, true);
// Object.prototype's methods are reachable, as on Node's process.env.
assert.strictEqual(typeof env.toString, 'function');
assert.strictEqual('toString' in env, true);
env.__proto__ = 'a value';
assert.strictEqual(env.__proto__, 'a value');
assert.strictEqual(typeof env.toString, 'function');
delete env.__proto__;
var copy = {};
for (var k in env) copy[k] = env[k];
assert.strictEqual(copy.PATH, env.PATH);
assert.strictEqual(JSON.parse(JSON.stringify(env)).PATH, env.PATH);
