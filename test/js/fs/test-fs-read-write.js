// read/write on descriptors: Buffer and string forms, offsets, positions,
// options objects, the callbacks' (err, n, buffer) and argument errors.
'use strict';
var fs = require('fs');
var assert = require('assert');
var tmp = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/duv-fs-rw-');
process.on('exit', function () { fs.rmSync(tmp, { recursive: true, force: true }); });

var file = tmp + '/rw.txt';
var fd = fs.openSync(file, 'w+');
assert.strictEqual(fs.writeSync(fd, 'héllo'), 6);               // UTF-8 bytes
assert.strictEqual(fs.writeSync(fd, Buffer.from('XYZ'), 1, 2), 2); // 'YZ'
assert.strictEqual(fs.writeSync(fd, 'AB', 0), 2);                  // at position 0
assert.strictEqual(fs.writeSync(fd, '6869', null, 'hex'), 2);      // 'hi' at the end
assert.strictEqual(fs.writeSync(fd, new Uint16Array([0x4241])), 2); // any view: 'AB'

var buf = Buffer.alloc(32);
var n = fs.readSync(fd, buf, 0, 32, 0);
assert.strictEqual(n, 12);
assert.strictEqual(buf.toString('latin1', 0, 2), 'AB');
assert.strictEqual(buf.toString('utf8', 6, n), 'YZhiAB');
// Options object form and position.
var small = Buffer.alloc(4);
assert.strictEqual(fs.readSync(fd, small, { offset: 1, length: 2, position: 6 }), 2);
assert.deepStrictEqual(Array.prototype.slice.call(small), [0, 0x59, 0x5a, 0]);
// Past the end: 0 bytes.
assert.strictEqual(fs.readSync(fd, small, 0, 4, 1000), 0);
// Zero length reads nothing and is fine.
assert.strictEqual(fs.readSync(fd, small, 0, 0, 0), 0);

// Range errors as Node words them.
assert.throws(function () { fs.readSync(fd, Buffer.alloc(1), 0, 5, 0); }, {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "length" is out of range. It must be <= 1. Received 5'
});
assert.throws(function () { fs.readSync(fd, Buffer.alloc(1), 0, 1, -5); }, {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "position" is out of range. It must be >= -1 && <= 9007199254740991. Received -5'
});
assert.throws(function () { fs.readSync(fd, 'x'); }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. Received type string (\'x\')'
});
assert.throws(function () { fs.readSync(1e10, Buffer.alloc(1)); }, {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received 10_000_000_000'
});
fs.closeSync(fd);
assert.throws(function () { fs.readSync(fd, Buffer.alloc(3), 0, 3, null); }, {
  code: 'EBADF', syscall: 'read', message: 'EBADF: bad file descriptor, read'
});
assert.throws(function () { fs.writeSync(fd, 'x'); }, {
  code: 'EBADF', syscall: 'write', message: 'EBADF: bad file descriptor, write'
});

// Callback forms.
var fd2 = fs.openSync(file, 'r+');
var done = 0;
var wbuf = Buffer.from('12');
fs.write(fd2, wbuf, 0, 2, 0, function (err, written, b) {
  assert.strictEqual(arguments.length, 3);
  assert.strictEqual(err, null);
  assert.strictEqual(written, 2);
  assert.strictEqual(b, wbuf);
  fs.write(fd2, 'zz', 2, 'utf8', function (err2, w2, s) {
    assert.strictEqual(arguments.length, 3);
    assert.strictEqual(w2, 2);
    assert.strictEqual(s, 'zz');
    var rb = Buffer.alloc(4);
    fs.read(fd2, rb, 0, 4, 0, function (err3, got, b3) {
      assert.strictEqual(arguments.length, 3);
      assert.strictEqual(err3, null);
      assert.strictEqual(got, 4);
      assert.strictEqual(b3, rb);
      assert.strictEqual(rb.toString(), '12zz');
      fs.read(fd2, { buffer: Buffer.alloc(2), position: 0 }, function (e4, got4, b4) {
        assert.strictEqual(got4, 2);
        assert.strictEqual(b4.toString(), '12');
        fs.closeSync(fd2);
        fs.read(fd2, Buffer.alloc(1), 0, 1, 0, function (e5, n5) {
          // Node's read callback always gets three arguments.
          assert.strictEqual(arguments.length, 3);
          assert.strictEqual(n5, 0);
          assert.strictEqual(e5.code, 'EBADF');
          done++;
        });
      });
    });
  });
});

// readv / writev
var fd3 = fs.openSync(tmp + '/v.txt', 'w+');
assert.strictEqual(fs.writevSync(fd3, [Buffer.from('ab'), Buffer.from('cde')], 0), 5);
var v1 = Buffer.alloc(2), v2 = Buffer.alloc(10);
assert.strictEqual(fs.readvSync(fd3, [v1, v2], 0), 5);
assert.strictEqual(v1.toString() + v2.toString('utf8', 0, 3), 'abcde');
fs.writev(fd3, [Buffer.from('X'), Buffer.from('Y')], 1, function (err, n2, bufs) {
  assert.strictEqual(err, null);
  assert.strictEqual(n2, 2);
  assert.strictEqual(bufs.length, 2);
  fs.closeSync(fd3);
  assert.strictEqual(fs.readFileSync(tmp + '/v.txt', 'utf8'), 'aXYde');
  done++;
});

process.on('exit', function () { assert.strictEqual(done, 2); });
