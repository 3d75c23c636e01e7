// The require function and the module object: resolve (with paths),
// resolve.paths, cache, module fields, require.main, argument errors, core
// modules with and without node:, and the module module's API. Passes under
// node too.
'use strict';
var assert = require('assert');
var path = require('path');
var Module = require('module');

var fx = path.join(__dirname, 'fixtures');
var src = path.join(fx, 'src');

// require.resolve, with { paths }.
assert.strictEqual(require.resolve('./fixtures/src/where'), path.join(src, 'where.js'));
assert.strictEqual(require.resolve('path'), 'path');
assert.strictEqual(require.resolve('node:path'), 'node:path');
assert.strictEqual(require.resolve('./where', { paths: [src] }), path.join(src, 'where.js'));
assert.strictEqual(require.resolve('inner', { paths: [path.join(fx, 'pkgs', 'a', 'b')] }),
  path.join(fx, 'pkgs/node_modules/inner/index.js'));
assert.strictEqual(require.resolve('walk-up', { paths: [path.join(fx, 'pkgs')] }),
  path.join(fx, 'node_modules/walk-up/index.js'));
assert.strictEqual(require.resolve('../where', { paths: [path.join(src, 'real')] }), path.join(src, 'where.js'));
assert.throws(function () { require.resolve('./fixtures/plain', { paths: [] }); }, function (e) {
  return e.code === 'MODULE_NOT_FOUND';
});
assert.strictEqual(require.resolve('./fixtures/plain', {}), path.join(fx, 'plain.js'));
assert.throws(function () { require.resolve('./where', { paths: 'nope' }); }, function (e) {
  return e instanceof TypeError && e.code === 'ERR_INVALID_ARG_VALUE' &&
    e.message === "The property 'options.paths' is invalid. Received 'nope'";
});
assert.throws(function () { require.resolve('inner', { paths: [src] }); }, function (e) {
  return e.code === 'MODULE_NOT_FOUND' &&
    e.message === "Cannot find module 'inner'\nRequire stack:\n- " + __filename;
});
assert.throws(function () { require.resolve(42); }, function (e) {
  return e instanceof TypeError && e.code === 'ERR_INVALID_ARG_TYPE' &&
    e.message === 'The "request" argument must be of type string. Received type number (42)';
});

// require.resolve.paths: null for core modules.
assert.strictEqual(require.resolve.paths('path'), null);
assert.strictEqual(require.resolve.paths('node:events'), null);
assert.deepStrictEqual(require.resolve.paths('./x'), [__dirname]);
assert.deepStrictEqual(require.resolve.paths('../x'), [__dirname]);
var bare = require.resolve.paths('x');
assert.deepStrictEqual(bare.slice(0, module.paths.length), module.paths);

// module fields.
var where = require('./fixtures/src/where');
var wm = where.module;
assert.strictEqual(where.filename, path.join(src, 'where.js'));
assert.strictEqual(where.dirname, src);
assert.strictEqual(where.id, path.join(src, 'where.js'));
assert.strictEqual(wm.filename, path.join(src, 'where.js'));
assert.strictEqual(wm.path, src);
assert.strictEqual(wm.loaded, true);
assert.strictEqual(wm.parent, module);
assert.strictEqual(wm.exports, where);
assert.strictEqual(where.thisIsExports, true);
assert.deepStrictEqual(wm.paths.slice(0, 2), [path.join(src, 'node_modules'), path.join(fx, 'node_modules')]);
assert.ok(module.children.indexOf(wm) !== -1);
assert.ok(wm instanceof Module);
assert.strictEqual(typeof where.require, 'function');
assert.strictEqual(where.require.cache, require.cache);
assert.strictEqual(where.require.main, module);

// The main module.
assert.strictEqual(require.main, module);
assert.strictEqual(module.id, '.');
assert.strictEqual(module.filename, __filename);
assert.strictEqual(module.loaded, false);
assert.strictEqual(module.parent, null);
var mc = require('./fixtures/src/main-check');
assert.strictEqual(mc.isMain, false);
assert.strictEqual(mc.main, module);

// children and loaded seen from inside a loading module.
var parent = require('./fixtures/src/parent');
assert.strictEqual(parent.child.parentId, path.join(src, 'parent.js'));
assert.strictEqual(parent.child.loadedDuring, false);
assert.strictEqual(parent.childModule.loaded, true);

// The cache: keyed by filename, the same exports again, reload after delete.
var counterPath = require.resolve('./fixtures/src/counter');
var c1 = require('./fixtures/src/counter');
assert.strictEqual(require('./fixtures/src/counter'), c1);
assert.strictEqual(require.cache[counterPath].exports, c1);
assert.strictEqual(Module._cache, require.cache);
delete require.cache[counterPath];
var c2 = require('./fixtures/src/counter');
assert.notStrictEqual(c2, c1);
assert.strictEqual(c2.loads, c1.loads + 1);
// A cache entry put there by hand is what require returns.
require.cache[path.join(src, 'sloppy.js')] = { exports: 'from the cache', loaded: true };
assert.strictEqual(require('./fixtures/src/sloppy.js'), 'from the cache');
delete require.cache[path.join(src, 'sloppy.js')];

// A module that throws while loading is not cached.
assert.throws(function () { require('./fixtures/src/throws'); }, /load failed/);
assert.strictEqual(require.cache[path.join(src, 'throws.js')], undefined);
assert.throws(function () { require('./fixtures/src/throws'); }, /load failed/);

// The require stack runs from the requiring module up to the main module.
assert.throws(function () { require('./fixtures/src/missing-outer'); }, function (e) {
  assert.strictEqual(e.code, 'MODULE_NOT_FOUND');
  var stack = [path.join(src, 'missing-inner.js'), path.join(src, 'missing-outer.js'), __filename];
  assert.deepStrictEqual(e.requireStack, stack);
  assert.strictEqual(e.message, "Cannot find module 'no-such-dependency'\nRequire stack:\n- " + stack.join('\n- '));
  return true;
});

// Argument errors.
assert.throws(function () { require(''); }, function (e) {
  return e instanceof TypeError && e.code === 'ERR_INVALID_ARG_VALUE' &&
    e.message === "The argument 'id' must be a non-empty string. Received ''";
});
assert.throws(function () { require(1); }, function (e) {
  return e instanceof TypeError && e.code === 'ERR_INVALID_ARG_TYPE' &&
    e.message === 'The "id" argument must be of type string. Received type number (1)';
});
assert.throws(function () { require(null); }, function (e) {
  return e.code === 'ERR_INVALID_ARG_TYPE' &&
    e.message === 'The "id" argument must be of type string. Received null';
});
assert.throws(function () { require({}); }, function (e) {
  return e.code === 'ERR_INVALID_ARG_TYPE' &&
    e.message === 'The "id" argument must be of type string. Received an instance of Object';
});
assert.throws(function () { require(); }, function (e) {
  return e.code === 'ERR_INVALID_ARG_TYPE' &&
    e.message === 'The "id" argument must be of type string. Received undefined';
});

assert.throws(function () { require(function foo() {}); }, function (e) {
  return e.code === 'ERR_INVALID_ARG_TYPE' &&
    e.message === 'The "id" argument must be of type string. Received function foo';
});
assert.throws(function () { require(true); }, function (e) {
  return e.code === 'ERR_INVALID_ARG_TYPE' &&
    e.message === 'The "id" argument must be of type string. Received type boolean (true)';
});

// Core modules, with and without node:.
assert.strictEqual(require('node:path'), require('path'));
assert.strictEqual(require('node:module'), Module);
assert.strictEqual(require('node:assert'), assert);
assert.throws(function () { require('node:nope'); }, function (e) {
  return e instanceof Error && e.code === 'ERR_UNKNOWN_BUILTIN_MODULE' &&
    e.message === 'No such built-in module: node:nope';
});
// duv's internal modules are not requirable, with or without node:.
['internal/process/setup', 'internal/bootstrap', 'internal/process/task_queues'].forEach(function (id) {
  assert.throws(function () { require(id); }, function (e) {
    return e.code === 'MODULE_NOT_FOUND' &&
      e.message === "Cannot find module '" + id + "'\nRequire stack:\n- " + __filename;
  });
  assert.throws(function () { require('node:' + id); }, function (e) {
    return e.code === 'ERR_UNKNOWN_BUILTIN_MODULE';
  });
  assert.strictEqual(Module.isBuiltin(id), false);
});

// builtinModules: no internal ids; isBuiltin.
assert.ok(Array.isArray(Module.builtinModules));
['assert', 'events', 'module', 'path', 'timers', 'util'].forEach(function (id) {
  assert.ok(Module.builtinModules.indexOf(id) !== -1, id);
  assert.strictEqual(Module.isBuiltin(id), true);
  assert.strictEqual(Module.isBuiltin('node:' + id), true);
});
assert.strictEqual(Module.builtinModules.filter(function (id) {
  return id.indexOf('internal') === 0;
}).length, 0);
assert.strictEqual(Module.isBuiltin('nope'), false);

// Module.wrap and Module.wrapper.
assert.strictEqual(Module.wrap('x'), '(function (exports, require, module, __filename, __dirname) { x\n});');

// A replaced Module.wrap, or an edited Module.wrapper, wraps the modules
// loaded afterwards (coverage and mocking tools rely on it).
var originalWrap = Module.wrap;
Module.wrap = function (script) { return originalWrap('var injected = "by wrap"; ' + script); };
assert.strictEqual(require('./fixtures/src/wrapped-a'), 'by wrap');
Module.wrap = originalWrap;
var head = Module.wrapper[0];
Module.wrapper[0] = head + 'var injected = "by wrapper"; ';
assert.strictEqual(require('./fixtures/src/wrapped-b'), 'by wrapper');
Module.wrapper[0] = head;
assert.strictEqual(require('./fixtures/src/wrapped-c'), 'not injected');

// Module.createRequire: from a file, from a folder (trailing slash), errors.
var r1 = Module.createRequire(path.join(src, 'anything.js'));
assert.strictEqual(r1('./where'), where);
assert.strictEqual(r1.resolve('./where'), path.join(src, 'where.js'));
var r2 = Module.createRequire(src + '/');
assert.strictEqual(r2('./where'), where);
assert.strictEqual(r2('path'), path);
assert.throws(function () { Module.createRequire('relative/file.js'); }, function (e) {
  return e instanceof TypeError && e.code === 'ERR_INVALID_ARG_VALUE' &&
    e.message === "The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received 'relative/file.js'";
});
assert.throws(function () { r1('./nothing'); }, function (e) {
  return e.code === 'MODULE_NOT_FOUND' &&
    e.message === "Cannot find module './nothing'\nRequire stack:\n- " + path.join(src, 'anything.js');
});

// Custom extensions through require.extensions (Module._extensions).
assert.strictEqual(require.extensions, Module._extensions);
assert.deepStrictEqual(Object.keys(require.extensions), ['.js', '.json', '.node']);
require.extensions['.txt'] = function (mod, filename) {
  mod.exports = { text: require('assert') && String(filename).slice(-10) };
};
assert.deepStrictEqual(require('./fixtures/src/custom.txt'), { text: 'custom.txt' });
// Extensionless requests try the new extension too, after the built-in ones.
delete require.cache[path.join(src, 'custom.txt')];
assert.deepStrictEqual(require('./fixtures/src/custom'), { text: 'custom.txt' });
// The longest registered extension wins.
require.extensions['.multi.ext'] = function (mod) { mod.exports = 'multi.ext'; };
assert.strictEqual(require('./fixtures/src/custom.multi.ext'), 'multi.ext');
delete require.extensions['.txt'];
delete require.extensions['.multi.ext'];

// Module._load and Module._resolveFilename.
assert.strictEqual(Module._load('./fixtures/src/where', module), where);
assert.strictEqual(Module._resolveFilename('./fixtures/src/where', module), path.join(src, 'where.js'));

// NODE_PATH, read again by Module._initPaths(): searched after node_modules.
assert.throws(function () { require('np-only'); }, function (e) { return e.code === 'MODULE_NOT_FOUND'; });
process.env.NODE_PATH = path.join(fx, 'no-such-folder') + path.delimiter + path.join(fx, 'node-path');
Module._initPaths();
assert.strictEqual(Module.globalPaths[1], path.join(fx, 'node-path'));
assert.strictEqual(require('np-only'), 'found through NODE_PATH');
var npPaths = require.resolve.paths('np-only');
assert.ok(npPaths.indexOf(path.join(fx, 'node-path')) > npPaths.indexOf('/node_modules'));
delete process.env.NODE_PATH;
Module._initPaths();
assert.strictEqual(Module.globalPaths.indexOf(path.join(fx, 'node-path')), -1);
