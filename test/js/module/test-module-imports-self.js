// package.json "imports" (require('#name')) and a package requiring itself by
// its "name" through its "exports". Passes under node too; where duv's rule
// (no "exports" when there is a "main") differs, the test says so.
'use strict';
var assert = require('assert');
var path = require('path');

var pkg = path.join(__dirname, 'fixtures', 'selfpkg');
var user = require('./fixtures/selfpkg/lib/user');
var userFile = path.join(pkg, 'lib', 'user.js');
var jsonPath = path.join(pkg, 'package.json');
var isDuv = process.versions.duv !== undefined;

// Self-reference.
assert.strictEqual(user('self-pkg'), 'self main');
assert.strictEqual(user('self-pkg/sub'), 'self sub');
assert.strictEqual(user.resolve('self-pkg/sub'), path.join(pkg, 'lib', 'sub.js'));
assert.throws(function () { user('self-pkg/nope'); }, function (e) {
  assert.strictEqual(e.code, 'ERR_PACKAGE_PATH_NOT_EXPORTED');
  assert.strictEqual(e.message, "Package subpath './nope' is not defined by \"exports\" in " + jsonPath +
    ' imported from ' + userFile);
  return true;
});
// Only from inside the package.
assert.throws(function () { require('self-pkg'); }, function (e) { return e.code === 'MODULE_NOT_FOUND'; });

// "imports".
assert.strictEqual(user('#internal'), 'internal');
assert.strictEqual(user.resolve('#internal'), path.join(pkg, 'lib', 'internal.js'));
assert.strictEqual(user('#dep'), 'imports dep');
assert.strictEqual(user('#pat/sub'), 'self sub');
assert.strictEqual(user('#cond'), 'internal');
assert.throws(function () { user('#pat/missing'); }, function (e) {
  return e.code === 'MODULE_NOT_FOUND' && e.message === "Cannot find module '" + path.join(pkg, 'lib', 'missing.js') + "'";
});
assert.throws(function () { user('#bare-missing'); }, function (e) {
  return e.code === 'MODULE_NOT_FOUND' && e.message === "Cannot find module '#bare-missing'";
});
assert.throws(function () { user('#nope'); }, function (e) {
  assert.ok(e instanceof TypeError);
  assert.strictEqual(e.code, 'ERR_PACKAGE_IMPORT_NOT_DEFINED');
  assert.strictEqual(e.message, 'Package import specifier "#nope" is not defined in package ' + jsonPath +
    ' imported from ' + userFile);
  return true;
});
assert.throws(function () { user('#null'); }, function (e) { return e.code === 'ERR_PACKAGE_IMPORT_NOT_DEFINED'; });
assert.throws(function () { user('#bad'); }, function (e) {
  assert.strictEqual(e.code, 'ERR_INVALID_PACKAGE_TARGET');
  assert.strictEqual(e.message, 'Invalid "imports" target "../outside.js" defined for \'#bad\' in the package config ' +
    jsonPath + ' imported from ' + userFile);
  return true;
});
['#', '#/x'].forEach(function (id) {
  assert.throws(function () { user(id); }, function (e) {
    assert.ok(e instanceof TypeError);
    assert.strictEqual(e.code, 'ERR_INVALID_MODULE_SPECIFIER');
    assert.strictEqual(e.message, 'Invalid module "' + id + '" is not a valid internal imports specifier name imported from ' + userFile);
    return true;
  });
});
// Outside a package with "imports", '#x' is an ordinary (missing) module.
assert.throws(function () { require('#internal'); }, function (e) { return e.code === 'MODULE_NOT_FOUND'; });

// A package with "main" and "exports" requiring itself: Node follows
// "exports"; duv does not read them (docs/compat.md), so there is no
// self-reference and the name is looked up in node_modules.
var selfMain = require('./fixtures/selfmain/user');
if (isDuv) {
  assert.throws(function () { selfMain('self-main'); }, function (e) { return e.code === 'MODULE_NOT_FOUND'; });
} else {
  assert.strictEqual(selfMain('self-main'), 'self exports (es2017)');
}
