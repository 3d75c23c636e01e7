// Errors of native functions and of loading: thrown as JS errors with
// Node's codes; a failed load leaves nothing cached.
'use strict';
var assert = require('assert');
var common = require('./common');

var hello = require(common.path('hello/hello.node'));

// A native function's pending exception becomes the JS throw.
assert.throws(function () { hello.greet(); },
  { name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified' });
assert.throws(function () { hello.greet(42); },
  { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
// Failed calls are not counted.
assert.strictEqual(hello.calls(), 0);

// An addon built for another ABI is refused before its code runs (its init
// would throw another message), naming both versions.
var abi2 = common.path('test/abi2.node');
assert.throws(function () { require(abi2); }, function (e) {
  assert.strictEqual(e.code, 'ERR_DLOPEN_FAILED');
  assert.strictEqual(e.message, "addon '" + abi2 + "' was built for duv ABI 2; this runtime provides ABI 1");
  return true;
});
assert.strictEqual(require.cache[abi2], undefined);
// Refused again on a second try, the same way.
assert.throws(function () { require(abi2); }, { code: 'ERR_DLOPEN_FAILED' });

// A shared object without the entry point: dlsym's message, as Node passes
// dlerror's text through.
var noentry = common.path('test/noentry.node');
assert.throws(function () { require(noentry); }, function (e) {
  assert.strictEqual(e.code, 'ERR_DLOPEN_FAILED');
  assert.ok(e.message.indexOf(noentry) !== -1, e.message);
  assert.ok(e.message.indexOf('duv_addon_v1') !== -1, e.message);
  return true;
});
assert.strictEqual(require.cache[noentry], undefined);

// A Node-API addon is named as such.
var napi = common.path('test/napi_like.node');
assert.throws(function () { require(napi); }, function (e) {
  assert.strictEqual(e.code, 'ERR_DLOPEN_FAILED');
  assert.strictEqual(e.message, "'" + napi + "' is a Node-API addon; duv loads only addons built against duv.h");
  return true;
});

// A file that is not a shared object: dlopen's message.
var notElf = require.resolve('./common.js');
var Module = require('module');
var fake = new Module(notElf, null);
assert.throws(function () { Module._extensions['.node'](fake, notElf); }, function (e) {
  assert.strictEqual(e.code, 'ERR_DLOPEN_FAILED');
  assert.ok(e.message.indexOf(notElf) !== -1, e.message);
  return true;
});

// A missing file is the resolver's MODULE_NOT_FOUND, as in Node.
assert.throws(function () { require(common.path('hello/missing.node')); }, function (e) {
  assert.strictEqual(e.code, 'MODULE_NOT_FOUND');
  assert.ok(e.message.indexOf("Cannot find module '" + common.path('hello/missing.node') + "'") === 0, e.message);
  return true;
});
