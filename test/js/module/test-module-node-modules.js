// Bare requests: node_modules lookup walking up the tree, nested
// node_modules, scoped packages, and package.json "exports" (string,
// conditions, subpaths, `*` patterns). Passes under node too; where duv
// differs on purpose (a package with both "main" and "exports") the test says so.
'use strict';
var assert = require('assert');
var path = require('path');

var fx = path.join(__dirname, 'fixtures');
var nm = path.join(fx, 'pkgs', 'node_modules');
var isDuv = process.versions.duv !== undefined;

// Walking up: pkgs/deep/er/user.js finds fixtures/node_modules/walk-up, the
// nearest 'shadowed', and 'outer' gets its own nested 'inner'.
var user = require('./fixtures/pkgs/deep/er/user');
assert.strictEqual(user.walkUp, 'walk-up top');
assert.strictEqual(user.shadowed, 'shadowed pkgs');
assert.strictEqual(user.outer.inner, 'inner nested');
assert.strictEqual(user.outer.innerPath, path.join(nm, 'outer/node_modules/inner/index.js'));

var req = require('module').createRequire(path.join(fx, 'pkgs', 'x.js'));
assert.strictEqual(req('inner'), 'inner top');
assert.strictEqual(req('shadowed'), 'shadowed pkgs');
assert.strictEqual(req('walk-up'), 'walk-up top');
assert.strictEqual(req('plain-sub/lib/deep'), 'plain-sub/lib/deep');
assert.strictEqual(req.resolve('plain-sub'), path.join(nm, 'plain-sub/index.js'));

// Scoped packages.
assert.strictEqual(req('@scope/pkg'), '@scope/pkg');
assert.strictEqual(req('@scope/pkg/extra'), '@scope/pkg/extra');
assert.strictEqual(req('@scope/exp'), '@scope/exp');
assert.strictEqual(req('@scope/exp/sub'), '@scope/exp/sub');

// "exports" as a string: only '.' is exported.
assert.strictEqual(req('exp-string'), 'exp-string');
assert.strictEqual(req.resolve('exp-string'), path.join(nm, 'exp-string/lib/entry.js'));

function notExported(request, subpath, pkg) {
  assert.throws(function () { req(request); }, function (e) {
    assert.strictEqual(e.code, 'ERR_PACKAGE_PATH_NOT_EXPORTED');
    assert.strictEqual(e.message, subpath === '.'
      ? 'No "exports" main defined in ' + path.join(nm, pkg, 'package.json')
      : "Package subpath '" + subpath + "' is not defined by \"exports\" in " + path.join(nm, pkg, 'package.json'));
    return true;
  });
}
notExported('exp-string/lib/hidden.js', './lib/hidden.js', 'exp-string');
notExported('exp-string/lib/hidden', './lib/hidden', 'exp-string');

// Conditions: "require" and "node" match, "import" and "browser" do not,
// "default" is the fallback; the object's order decides.
assert.strictEqual(req('exp-cond'), 'exp-cond require');
assert.strictEqual(req('exp-node'), 'exp-node node');
assert.strictEqual(req('exp-default'), 'exp-default default');

// Subpaths and patterns.
assert.strictEqual(req('exp-sub'), 'exp-sub');
assert.strictEqual(req('exp-sub/feature'), 'exp-sub/feature');
assert.strictEqual(req('exp-sub/features/a'), 'features/a');
assert.strictEqual(req('exp-sub/features/deep/b'), 'features/deep/b');
assert.deepStrictEqual(req('exp-sub/data/x.json'), { x: 1 });
assert.strictEqual(req('exp-sub/package.json').name, 'exp-sub');
assert.strictEqual(req.resolve('exp-sub/features/a'), path.join(nm, 'exp-sub/lib/features/a.js'));
notExported('exp-sub/lib/private', './lib/private', 'exp-sub');
notExported('exp-sub/other', './other', 'exp-sub');
// An exported target that does not exist.
assert.throws(function () { req('exp-sub/features/missing'); }, function (e) {
  assert.strictEqual(e.code, 'MODULE_NOT_FOUND');
  return true;
});
notExported('@scope/exp/lib/sub.js', './lib/sub.js', '@scope/exp');

// Edge cases: a null target hides a subpath; the first condition in the
// object's order wins; array fallbacks skip invalid targets but not missing
// files; the pattern with the longest prefix wins; targets must start with './'.
assert.strictEqual(req('exp-edge/a'), 'edge a');
notExported('exp-edge/q', './q', 'exp-edge');
notExported('exp-edge', '.', 'exp-edge');
assert.strictEqual(req('exp-edge/order'), 'edge default first');
assert.throws(function () { req('exp-edge/arr/c'); }, function (e) {
  assert.strictEqual(e.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(e.message, "Cannot find module '" + path.join(nm, 'exp-edge/missing/c.js') + "'");
  return true;
});
assert.strictEqual(req('exp-edge/pat/x.js'), 'pat/x.js');
assert.strictEqual(req('exp-edge/pat/y'), 'pat/y/index');
assert.throws(function () { req('exp-edge/bad'); }, function (e) {
  assert.strictEqual(e.code, 'ERR_INVALID_PACKAGE_TARGET');
  assert.strictEqual(e.message, "Invalid \"exports\" target \"bad.js\" defined for './bad' in the package config " +
    path.join(nm, 'exp-edge/package.json') + '; targets must start with "./"');
  return true;
});

// "exports" apply to bare requests only: a path to the folder reads "main"
// and index files, as Node does.
assert.throws(function () { require('./fixtures/pkgs/node_modules/exp-string'); }, function (e) {
  return e.code === 'MODULE_NOT_FOUND';
});
assert.strictEqual(require('./fixtures/pkgs/node_modules/exp-string/lib/hidden'), 'hidden');

// A package with both "main" and "exports": Node follows "exports"; duv
// follows "main" (docs/compat.md says why).
assert.strictEqual(req('exp-with-main'), isDuv ? 'main (es5)' : 'exports (es2017)');

// Nothing found: the message and the require stack name the requirer.
assert.throws(function () { req('no-such-package'); }, function (e) {
  assert.strictEqual(e.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(e.message, "Cannot find module 'no-such-package'\nRequire stack:\n- " + path.join(fx, 'pkgs', 'x.js'));
  assert.deepStrictEqual(e.requireStack, [path.join(fx, 'pkgs', 'x.js')]);
  return true;
});

// module.paths of a module: its folder's node_modules and every parent's.
assert.strictEqual(module.paths[0], path.join(__dirname, 'node_modules'));
assert.strictEqual(module.paths[1], path.join(path.dirname(__dirname), 'node_modules'));
assert.strictEqual(module.paths[module.paths.length - 1], '/node_modules');
assert.strictEqual(module.paths.indexOf(path.join(fx, 'node_modules')), -1);
var Module = require('module');
assert.deepStrictEqual(Module._nodeModulePaths('/a/node_modules/b'),
  ['/a/node_modules/b/node_modules', '/a/node_modules', '/node_modules']);
assert.deepStrictEqual(Module._nodeModulePaths('/'), ['/node_modules']);
