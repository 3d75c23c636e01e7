// Resolving relative and absolute requests: extensions in order (.js, .json,
// .node), directories with package.json "main" and index files, and the
// errors when nothing is found. Passes under node too.
'use strict';
var assert = require('assert');
var path = require('path');

var fx = path.join(__dirname, 'fixtures');

// Relative, with and without the extension; absolute; '..' segments.
assert.strictEqual(require('./fixtures/plain').name, 'plain');
assert.strictEqual(require('./fixtures/plain.js'), require('./fixtures/plain'));
assert.strictEqual(require(path.join(fx, 'plain')), require('./fixtures/plain'));
assert.strictEqual(require('./fixtures/ext/../plain.js'), require('./fixtures/plain'));
assert.strictEqual(require.resolve('./fixtures/plain'), path.join(fx, 'plain.js'));

// Extension order: .js before .json before .node; an exact name first.
assert.strictEqual(require('./fixtures/ext/both'), 'both.js');
assert.strictEqual(require('./fixtures/ext/both.json'), 'both.json');
assert.strictEqual(require('./fixtures/ext/jsonfirst'), 'jsonfirst.json');
assert.strictEqual(require('./fixtures/ext/noext'), 'noext');
assert.strictEqual(require('./fixtures/ext/file.js'), 'file.js');
assert.strictEqual(require.resolve('./fixtures/ext/onlynode'), path.join(fx, 'ext', 'onlynode.node'));
// A .node file that is not a loadable shared object.
assert.throws(function () { require('./fixtures/ext/onlynode'); },
  function (e) { return e.code === 'ERR_DLOPEN_FAILED'; });

// JSON modules.
assert.deepStrictEqual(require('./fixtures/ext/data'), { answer: 42, list: [1, 2] });
assert.strictEqual(require('./fixtures/ext/data.json'), require('./fixtures/ext/data'));

// Directories: package.json "main" with and without its extension, "main"
// naming a folder, no "main", index.js before index.json.
assert.strictEqual(require('./fixtures/dirs/main-noext'), 'main-noext');
assert.strictEqual(require('./fixtures/dirs/main-ext'), 'main-ext');
assert.strictEqual(require('./fixtures/dirs/main-ext/'), 'main-ext');
assert.strictEqual(require('./fixtures/dirs/main-dir'), 'main-dir');
assert.strictEqual(require.resolve('./fixtures/dirs/main-dir'), path.join(fx, 'dirs/main-dir/lib/index.js'));
assert.strictEqual(require('./fixtures/dirs/no-main'), 'no-main');
assert.strictEqual(require('./fixtures/dirs/index-js'), 'index.js');
assert.deepStrictEqual(require('./fixtures/dirs/index-json'), { from: 'index.json' });
assert.strictEqual(require.resolve('./fixtures/dirs/index-json'), path.join(fx, 'dirs/index-json/index.json'));

// A "main" that names nothing falls back to index.js (with a deprecation warning).
var warnings = [];
process.on('warning', function (w) { warnings.push(w); });
assert.strictEqual(require('./fixtures/dirs/main-missing'), 'main-missing-index');

// ... and when there is no index either, the error names the "main" target.
assert.throws(function () { require('./fixtures/dirs/main-none'); }, function (e) {
  assert.strictEqual(e.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(e.message, "Cannot find module '" + path.join(fx, 'dirs/main-none/nope.js') +
    "'. Please verify that the package.json has a valid \"main\" entry");
  assert.strictEqual(e.path, path.join(fx, 'dirs/main-none/package.json'));
  assert.strictEqual(e.requestPath, './fixtures/dirs/main-none');
  return true;
});

// A folder with neither: MODULE_NOT_FOUND with the require stack.
assert.throws(function () { require('./fixtures/dirs/empty'); }, function (e) {
  assert.strictEqual(e.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(e.message, "Cannot find module './fixtures/dirs/empty'\nRequire stack:\n- " + __filename);
  assert.deepStrictEqual(e.requireStack, [__filename]);
  assert.ok(e instanceof Error);
  return true;
});
assert.throws(function () { require('./fixtures/nothere'); }, function (e) {
  return e.code === 'MODULE_NOT_FOUND' &&
    e.message === "Cannot find module './fixtures/nothere'\nRequire stack:\n- " + __filename;
});
assert.throws(function () { require(path.join(fx, 'nothere.js')); }, function (e) {
  return e.code === 'MODULE_NOT_FOUND' &&
    e.message === "Cannot find module '" + path.join(fx, 'nothere.js') + "'\nRequire stack:\n- " + __filename;
});
// A trailing slash asks for a directory: a file does not match.
assert.throws(function () { require('./fixtures/plain.js/'); }, function (e) {
  return e.code === 'MODULE_NOT_FOUND';
});

// A package.json that is not JSON.
assert.throws(function () { require('./fixtures/dirs/bad-pkg'); }, function (e) {
  assert.ok(e.message.indexOf(path.join(fx, 'dirs/bad-pkg/package.json')) !== -1, e.message);
  return true;
});

process.on('exit', function () {
  var dep = warnings.filter(function (w) { return w.code === 'DEP0128'; });
  assert.strictEqual(dep.length, 1);
  assert.strictEqual(dep[0].name, 'DeprecationWarning');
  assert.strictEqual(dep[0].message, "Invalid 'main' field in '" + path.join(fx, 'dirs/main-missing/package.json') +
    "' of 'nope.js'. Please either fix that or report it to the module author");
});
