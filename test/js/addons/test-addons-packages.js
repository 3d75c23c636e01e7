// A bare package name that resolves to a .node file: node_modules/pkg/
// index.node, and package.json "main" naming one (the build lays both out
// in build/<mode>/addons/node_modules).
'use strict';
var assert = require('assert');
var path = require('path');
var Module = require('module');
var common = require('./common');

var req = Module.createRequire(path.join(common.dir, 'x.js'));

var viaIndex = req('duv-hello-index');
assert.strictEqual(req.resolve('duv-hello-index'),
  path.join(common.dir, 'node_modules', 'duv-hello-index', 'index.node'));
assert.strictEqual(viaIndex.greet('index'), 'Hello, index!');

var viaMain = req('duv-hello-main');
assert.strictEqual(req.resolve('duv-hello-main'),
  path.join(common.dir, 'node_modules', 'duv-hello-main', 'lib', 'hello.node'));
assert.strictEqual(viaMain.greet('main'), 'Hello, main!');

// Each is its own file, so its own module with its own state.
assert.notStrictEqual(viaIndex, viaMain);
assert.strictEqual(viaIndex.calls(), 1);
assert.strictEqual(viaMain.calls(), 1);
