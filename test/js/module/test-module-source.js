// What a module's source sees and gives: cycles, __filename/__dirname,
// symlinks (resolved by realpath, cached by real path), a UTF-8 BOM, a `#!`
// line, 'use strict', exports vs module.exports, JSON modules and their
// errors. Passes under node too.
'use strict';
var assert = require('assert');
var path = require('path');

var src = path.join(__dirname, 'fixtures', 'src');

// A cycle gives the partial exports of the module still loading.
var a = require('./fixtures/src/cycle-a');
assert.deepStrictEqual(a.seenByA, { early: 'a early', late: undefined, loaded: false });
assert.strictEqual(a.late, 'a late');
assert.strictEqual(require('./fixtures/src/cycle-b').done, true);
var am = require.cache[path.join(src, 'cycle-a.js')];
var bm = require.cache[path.join(src, 'cycle-b.js')];
assert.deepStrictEqual(am.children, [bm]);
assert.strictEqual(bm.parent, am);
assert.deepStrictEqual(bm.children, [am]);

// __filename and __dirname.
assert.strictEqual(__filename, path.join(__dirname, 'test-module-source.js'));
assert.strictEqual(path.isAbsolute(__dirname), true);

// Symlinks: the real path names the module, and one cache entry serves both.
var viaLink = require('./fixtures/src/link');
var direct = require('./fixtures/src/real/target');
assert.strictEqual(viaLink, direct);
assert.strictEqual(viaLink.filename, path.join(src, 'real', 'target.js'));
assert.strictEqual(viaLink.dirname, path.join(src, 'real'));
assert.strictEqual(viaLink.sibling, 'sibling of target');
assert.strictEqual(require.resolve('./fixtures/src/link.js'), path.join(src, 'real', 'target.js'));
assert.strictEqual(require('./fixtures/src/linkdir/sibling'), 'sibling of target');
assert.strictEqual(require.cache[path.join(src, 'link.js')], undefined);

// A byte order mark and a `#!` line are not code; line numbers stay right.
var bom = require('./fixtures/src/bom');
assert.strictEqual(bom.bom, 'no bom');
assert.ok(bom.line.indexOf('bom.js:2') !== -1, bom.line);
var shebang = require('./fixtures/src/shebang');
assert.strictEqual(shebang.shebang, 'ok');
assert.ok(shebang.line.indexOf('shebang.js:3') !== -1, shebang.line);

// 'use strict' at the top of a module makes the module strict, and only it.
var strict = require('./fixtures/src/strict');
assert.strictEqual(strict.thisUndefined, true);
assert.strictEqual(strict.threw, true);
assert.strictEqual(require('./fixtures/src/sloppy').thisGlobal, true);

// exports and module.exports.
assert.deepStrictEqual(require('./fixtures/src/exports-reassign'), { kept: true });
assert.deepStrictEqual(require('./fixtures/src/exports-only'), {});
var fn = require('./fixtures/src/exports-fn');
assert.strictEqual(fn(), 'hello');
assert.strictEqual(fn.extra, 1);

// File and folder names outside the BMP: found, and named right.
var uni = path.join(__dirname, 'fixtures', 'unicode');
var smileDir = require('./fixtures/unicode/\ud83d\ude00');
assert.strictEqual(smileDir.dirname, path.join(uni, '\ud83d\ude00'));
assert.strictEqual(smileDir.filename, path.join(uni, '\ud83d\ude00', 'index.js'));
assert.strictEqual(require('./fixtures/unicode/\u00e9\ud83d\ude00'), path.join(uni, '\u00e9\ud83d\ude00.js'));
assert.strictEqual(require.resolve('./fixtures/unicode/\u00e9\ud83d\ude00.js'), path.join(uni, '\u00e9\ud83d\ude00.js'));
assert.throws(function () { require('./fixtures/unicode/\ud83d\ude01'); }, function (e) {
  return e.code === 'MODULE_NOT_FOUND' && e.message.indexOf("Cannot find module './fixtures/unicode/\ud83d\ude01'") === 0;
});

// UTF-8 in a module's source.
assert.strictEqual(require('./fixtures/src/utf8').text, 'caf\u00e9 \ud83d\ude00');

// JSON modules: parsed once and cached; a syntax error names the file.
var json = require('./fixtures/src/json-ok.json');
assert.deepStrictEqual(json, { a: [1, 'two', { three: null }] });
assert.strictEqual(require('./fixtures/src/json-ok'), json);
assert.deepStrictEqual(require('./fixtures/src/bom.json'), { bom: true });
var badJson = path.join(src, 'json-bad.json');
assert.throws(function () { require('./fixtures/src/json-bad'); }, function (e) {
  assert.ok(e instanceof SyntaxError);
  assert.strictEqual(e.message.indexOf(badJson + ': '), 0, e.message);
  return true;
});
assert.strictEqual(require.cache[badJson], undefined);
