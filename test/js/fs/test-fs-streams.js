// createReadStream / createWriteStream: start/end/highWaterMark, fd,
// autoClose, encoding, events in Node's order, errors, piping.
'use strict';
var fs = require('fs');
var assert = require('assert');
var tmp = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/duv-fs-stream-');
process.on('exit', function () { fs.rmSync(tmp, { recursive: true, force: true }); });

fs.writeFileSync(tmp + '/src', '0123456789');
var done = [];

var r = fs.createReadStream(tmp + '/src', { start: 2, end: 5, highWaterMark: 2 });
assert.ok(r instanceof fs.ReadStream);
assert.strictEqual(r.pending, true);
assert.strictEqual(r.path, tmp + '/src');
var ev = [];
r.on('open', function (fd) { assert.strictEqual(typeof fd, 'number'); ev.push('open'); });
r.on('ready', function () { ev.push('ready'); });
r.on('data', function (d) { assert.ok(Buffer.isBuffer(d)); ev.push('data:' + d); });
r.on('end', function () { ev.push('end'); });
r.on('close', function () {
  ev.push('close');
  assert.strictEqual(ev.join(' '), 'open ready data:23 data:45 end close');
  assert.strictEqual(r.bytesRead, 4);
  done.push('read');
});

var w = fs.createWriteStream(tmp + '/out');
assert.strictEqual(w.pending, true);
assert.strictEqual(w.bytesWritten, 0);
var wev = [];
w.on('open', function () { wev.push('open'); });
w.on('ready', function () { wev.push('ready'); });
w.on('finish', function () { wev.push('finish'); });
w.on('close', function () {
  wev.push('close');
  assert.strictEqual(wev.join(' '), 'open ready finish close');
  assert.strictEqual(w.bytesWritten, 4);
  assert.strictEqual(fs.readFileSync(tmp + '/out', 'utf8'), 'abcd');
  done.push('write');
});
assert.strictEqual(w.write('ab'), true);
w.end(Buffer.from('cd'));

// encoding, and a file that does not exist.
fs.createReadStream(tmp + '/src', { encoding: 'utf8', start: 8 }).on('data', function (s) {
  assert.strictEqual(s, '89');
  done.push('encoding');
});
var bad = fs.createReadStream(tmp + '/none');
bad.on('error', function (e) {
  assert.strictEqual(e.code, 'ENOENT');
  assert.strictEqual(e.message, "ENOENT: no such file or directory, open '" + tmp + "/none'");
  bad.on('close', function () { done.push('enoent'); });
});
assert.throws(function () { fs.createReadStream(tmp + '/src', { start: 5, end: 2 }); }, {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "start" is out of range. It must be <= "end" (here: 2). Received 5'
});

// An fd given: autoClose false leaves it open; start for writes.
var fd = fs.openSync(tmp + '/fd', 'w+');
var wf = fs.createWriteStream(null, { fd: fd, start: 3, autoClose: false });
wf.end('xyz', function () {
  assert.strictEqual(fs.readFileSync(tmp + '/fd', 'latin1'), '\u0000\u0000\u0000xyz');
  fs.closeSync(fd); // still ours
  done.push('fd');
});

// A pipe of a bigger file.
var big = Buffer.alloc(300000, 'q');
fs.writeFileSync(tmp + '/big', big);
var rs = fs.createReadStream(tmp + '/big');
var ws = fs.createWriteStream(tmp + '/big2');
rs.pipe(ws);
ws.on('close', function () {
  assert.ok(fs.readFileSync(tmp + '/big2').equals(big));
  done.push('pipe');
});

// A custom fs: its read gets Node's arguments (position undefined when no start).
var reads = [];
var custom = {
  open: fs.open, close: fs.close,
  read: function (fd, buf, off, len, pos, cb) { reads.push(pos); fs.read(fd, buf, off, len, pos, cb); }
};
fs.createReadStream(tmp + '/src', { fs: custom, highWaterMark: 4 }).on('data', function () {}).on('close', function () {
  assert.deepStrictEqual(reads, [undefined, undefined, undefined, undefined]);
  done.push('customfs');
});

process.on('exit', function () {
  assert.deepStrictEqual(done.sort(), ['customfs', 'encoding', 'enoent', 'fd', 'pipe', 'read', 'write']);
});
