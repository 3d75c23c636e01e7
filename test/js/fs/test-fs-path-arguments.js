// Path arguments: strings, Buffers and file: URLs; NUL bytes and other types
// refused with Node's errors; relative paths against the working directory.
'use strict';
var fs = require('fs');
var assert = require('assert');
var tmp = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/duv-fs-path-');
process.on('exit', function () { fs.rmSync(tmp, { recursive: true, force: true }); });

fs.writeFileSync(tmp + '/a b', 'x');
assert.strictEqual(fs.readFileSync(Buffer.from(tmp + '/a b'), 'utf8'), 'x');
// file: URLs (duv has no URL global yet: only where one exists).
if (typeof URL === 'function') {
  assert.strictEqual(fs.readFileSync(new URL('file://' + tmp + '/a%20b'), 'utf8'), 'x');
  assert.throws(function () { fs.readFileSync(new URL('http://example.com/x')); }, {
    code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file'
  });
}

assert.throws(function () { fs.readFileSync('a\u0000b'); }, {
  code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
  message: "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\\x00b'"
});
assert.throws(function () { fs.statSync(tmp + '/\u0000'); }, { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(function () { fs.openSync(null); }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received null'
});
assert.throws(function () { fs.readdirSync(true); }, { code: 'ERR_INVALID_ARG_TYPE' });

// Relative paths resolve against the working directory; errors name them
// as given.
var cwd = process.cwd();
process.chdir(tmp);
try {
  fs.writeFileSync('rel.txt', 'r');
  assert.strictEqual(fs.readFileSync(tmp + '/rel.txt', 'utf8'), 'r');
  assert.throws(function () { fs.readFileSync('missing.txt'); }, {
    code: 'ENOENT', path: 'missing.txt', message: "ENOENT: no such file or directory, open 'missing.txt'"
  });
} finally {
  process.chdir(cwd);
}
