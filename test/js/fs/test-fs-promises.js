// fs.promises / require('fs/promises') and FileHandle.
'use strict';
var fs = require('fs');
var fsp = require('fs/promises');
var assert = require('assert');
var tmp = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/duv-fs-prom-');
process.on('exit', function () { fs.rmSync(tmp, { recursive: true, force: true }); });

assert.strictEqual(fsp, fs.promises);
assert.strictEqual(require('node:fs/promises'), fsp);
assert.strictEqual(typeof fsp.constants.O_RDONLY, 'number');

var steps = [];
var fh;
fsp.writeFile(tmp + '/a', 'hello')
  .then(function (r) {
    assert.strictEqual(r, undefined);
    return fsp.readFile(tmp + '/a', 'utf8');
  })
  .then(function (s) {
    assert.strictEqual(s, 'hello');
    return fsp.appendFile(tmp + '/a', '!');
  })
  .then(function () { return fsp.readFile(tmp + '/a'); })
  .then(function (b) {
    assert.ok(Buffer.isBuffer(b));
    assert.strictEqual(b.toString(), 'hello!');
    return fsp.stat(tmp + '/a');
  })
  .then(function (st) {
    assert.ok(st.isFile());
    assert.strictEqual(st.size, 6);
    return fsp.mkdir(tmp + '/d/e', { recursive: true });
  })
  .then(function (first) {
    assert.strictEqual(first, tmp + '/d');
    return fsp.readdir(tmp);
  })
  .then(function (names) {
    assert.deepStrictEqual(names.sort(), ['a', 'd']);
    return fsp.readFile(tmp + '/none');
  })
  .then(function () { assert.fail('no rejection'); }, function (err) {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.message, "ENOENT: no such file or directory, open '" + tmp + "/none'");
    // Argument errors reject too.
    return fsp.readFile({}).then(function () { assert.fail('no rejection'); }, function (e) {
      assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
    });
  })
  .then(function () { return fsp.open(tmp + '/fh', 'w+'); })
  .then(function (h) {
    fh = h;
    assert.strictEqual(h.constructor.name, "FileHandle");
    assert.strictEqual(typeof h.fd, 'number');
    return h.write(Buffer.from('abcdef'), 0, 6, 0);
  })
  .then(function (r) {
    assert.strictEqual(r.bytesWritten, 6);
    return fh.write('XY', 1);
  })
  .then(function (r) {
    assert.strictEqual(r.bytesWritten, 2);
    assert.strictEqual(r.buffer, 'XY');
    return fh.read(Buffer.alloc(10), 0, 10, 0);
  })
  .then(function (r) {
    assert.strictEqual(r.bytesRead, 6);
    assert.strictEqual(r.buffer.toString('utf8', 0, 6), 'aXYdef');
    return fh.stat();
  })
  .then(function (st) {
    assert.strictEqual(st.size, 6);
    return fh.truncate(2);
  })
  .then(function () { return fh.readFile('utf8'); })
  .then(function (s) {
    // readFile reads from the current position (0 here: nothing read yet
    // through the position-less path).
    assert.strictEqual(s, 'aX');
    return fh.writeFile('zz');
  })
  .then(function () { return fh.sync(); })
  .then(function () { return fh.close(); })
  .then(function () {
    assert.strictEqual(fh.fd, -1);
    assert.strictEqual(fs.readFileSync(tmp + '/fh', 'utf8'), 'aXzz');
    return fsp.rm(tmp + '/d', { recursive: true });
  })
  .then(function () {
    assert.strictEqual(fs.existsSync(tmp + '/d'), false);
    return fsp.access(tmp + '/none').then(function () { assert.fail('no rejection'); }, function (e) {
      assert.strictEqual(e.code, 'ENOENT');
    });
  })
  .then(function () {
    return Promise.all([fsp.copyFile(tmp + '/a', tmp + '/b'), fsp.mkdtemp(tmp + '/t-')]);
  })
  .then(function (r) {
    assert.strictEqual(r[0], undefined);
    assert.ok(r[1].indexOf(tmp + '/t-') === 0);
    return fsp.rename(tmp + '/b', tmp + '/c');
  })
  .then(function () { return fsp.unlink(tmp + '/c'); })
  .then(function () { steps.push('done'); })
  .catch(function (e) {
    process.nextTick(function () { throw e; });
  });

process.on('exit', function () { assert.deepStrictEqual(steps, ['done']); });
