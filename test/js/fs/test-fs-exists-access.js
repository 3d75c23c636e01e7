// exists / existsSync / access / accessSync and the F_OK.. constants.
'use strict';
var fs = require('fs');
var assert = require('assert');
var tmp = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/duv-fs-acc-');
process.on('exit', function () { fs.rmSync(tmp, { recursive: true, force: true }); });

var f = tmp + '/f';
fs.writeFileSync(f, '');
fs.chmodSync(f, 0o644);
assert.strictEqual(fs.F_OK, 0);
assert.strictEqual(fs.constants.R_OK, 4);
assert.strictEqual(fs.constants.W_OK, 2);
assert.strictEqual(fs.constants.X_OK, 1);
assert.strictEqual(fs.existsSync(f), true);
assert.strictEqual(fs.existsSync(tmp + '/none'), false);
assert.strictEqual(fs.existsSync(), false);
assert.strictEqual(fs.existsSync(5), false);
assert.strictEqual(fs.existsSync('a\u0000b'), false);
fs.accessSync(f);
fs.accessSync(f, fs.constants.R_OK | fs.constants.W_OK);
// No execute bit: EACCES even for root.
assert.throws(function () { fs.accessSync(f, fs.constants.X_OK); }, {
  code: 'EACCES', syscall: 'access', path: f,
  message: "EACCES: permission denied, access '" + f + "'"
});
assert.throws(function () { fs.accessSync(tmp + '/none'); }, {
  code: 'ENOENT', message: "ENOENT: no such file or directory, access '" + tmp + "/none'"
});
assert.throws(function () { fs.accessSync(f, 9); }, {
  code: 'ERR_OUT_OF_RANGE', message: 'mode is out of range: >= 0 && <= 7'
});

var n = 0;
fs.exists(f, function (yes) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(yes, true);
  n++;
});
fs.exists(tmp + '/none', function (yes) {
  assert.strictEqual(yes, false);
  n++;
});
fs.access(f, function (err) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(err, null);
  n++;
});
fs.access(f, fs.constants.X_OK, function (err) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(err.code, 'EACCES');
  n++;
});
process.on('exit', function () { assert.strictEqual(n, 4); });
