// ES modules (.mjs, or .js under "type": "module") are refused with
// ERR_REQUIRE_ESM as in Node 20.0: Duktape cannot parse them. (Node 20.19+
// loads them instead; under node this test checks that.) .cjs files and
// "type": "commonjs" load as CommonJS.
'use strict';
var assert = require('assert');
var path = require('path');

var esm = path.join(__dirname, 'fixtures', 'esm');
var isDuv = process.versions.duv !== undefined;

assert.strictEqual(require('./fixtures/esm/tm/c.cjs'), 'cjs in a module scope');
assert.strictEqual(require('./fixtures/esm/cjs/d'), 'commonjs');

if (isDuv) {
  assert.throws(function () { require('./fixtures/esm/a.mjs'); }, function (e) {
    assert.strictEqual(e.code, 'ERR_REQUIRE_ESM');
    assert.strictEqual(e.message, 'require() of ES Module ' + path.join(esm, 'a.mjs') + ' from ' + __filename +
      ' not supported.\nInstead change the require of ' + path.join(esm, 'a.mjs') +
      ' to a dynamic import() which is available in all CommonJS modules.');
    return true;
  });
  assert.throws(function () { require('./fixtures/esm/tm/b'); }, function (e) {
    assert.strictEqual(e.code, 'ERR_REQUIRE_ESM');
    assert.strictEqual(e.message.split('\n')[0], 'require() of ES Module ' + path.join(esm, 'tm', 'b.js') +
      ' from ' + __filename + ' not supported.');
    assert.ok(e.message.indexOf('b.js is treated as an ES module file') !== -1, e.message);
    assert.ok(e.message.indexOf(path.join(esm, 'tm', 'package.json')) !== -1, e.message);
    return true;
  });
  assert.strictEqual(require.cache[path.join(esm, 'a.mjs')], undefined);
} else {
  assert.strictEqual(require('./fixtures/esm/a.mjs').default, 1);
  assert.strictEqual(require('./fixtures/esm/tm/b').default, 2);
}
