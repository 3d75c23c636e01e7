// The Stats object as a script handles it: own data properties that are
// writable, enumerable and configurable, in Node's order; Dates that are
// `new Date(Math.round(xMs))` as Node makes them; the prototype's
// methods; mutation, deletion, JSON and deep equality. duv builds it in C in
// one step (vm/duktape/patches/0010). Passes under node too.
'use strict';
var fs = require('fs');
var assert = require('assert');
var tmp = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/duv-fs-statobj-');
process.on('exit', function () { fs.rmSync(tmp, { recursive: true, force: true }); });

var f = tmp + '/f';
fs.writeFileSync(f, 'abc');
// Seconds with a fraction: 1234567890.1234 s -> atimeMs 1234567890123.4.
fs.utimesSync(f, 1234567890.1234, 1500000000.9876);
var st = fs.statSync(f);

assert.strictEqual(Object.getPrototypeOf(st), fs.Stats.prototype);
assert.strictEqual(st.constructor, fs.Stats);
var names = Object.getOwnPropertyNames(st);
assert.deepStrictEqual(names, ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino',
  'size', 'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atime', 'mtime', 'ctime',
  'birthtime']);
names.forEach(function (k) {
  var d = Object.getOwnPropertyDescriptor(st, k);
  assert.ok(d.writable && d.enumerable && d.configurable, k);
});

// Times: the *Ms fields keep the fraction; the Dates round it.
assert.ok(Math.abs(st.atimeMs - 1234567890123.4) < 0.01, String(st.atimeMs));
assert.ok(Math.abs(st.mtimeMs - 1500000000987.6) < 0.01, String(st.mtimeMs));
assert.strictEqual(st.atime.getTime(), 1234567890123);
assert.strictEqual(st.mtime.getTime(), 1500000000988);
assert.strictEqual(st.atime.getTime(), Math.round(st.atimeMs));
assert.strictEqual(st.ctime.getTime(), Math.round(st.ctimeMs));
assert.strictEqual(st.birthtime.getTime(), Math.round(st.birthtimeMs));
assert.ok(st.atime instanceof Date);
assert.strictEqual(Object.prototype.toString.call(st.mtime), '[object Date]');
assert.strictEqual(st.mtime.toISOString(), '2017-07-14T02:40:00.988Z');
// Each Date is its own object.
assert.notStrictEqual(st.atime, st.mtime);
st.atime.setTime(0);
assert.strictEqual(st.mtime.getTime(), 1500000000988);

// Numbers as numbers; methods from the prototype.
assert.strictEqual(st.size, 3);
assert.ok(st.isFile() && !st.isDirectory());
assert.strictEqual(typeof st.ino, 'number');

// A script can change, add and delete properties.
st.size = 99;
assert.strictEqual(st.size, 99);
st.extra = 1;
assert.strictEqual(Object.keys(st).pop(), 'extra');
assert.ok(delete st.blocks);
assert.strictEqual('blocks' in st, false);

// JSON and deep equality of two Stats of the same file.
var a = fs.statSync(f);
var b = fs.statSync(f);
assert.notStrictEqual(a, b);
assert.deepStrictEqual(a, b);
var json = JSON.parse(JSON.stringify(a));
assert.strictEqual(json.size, 3);
assert.strictEqual(json.mtime, '2017-07-14T02:40:00.988Z');

// The same object from every form.
fs.stat(f, function (err, s) {
  assert.ifError(err);
  assert.strictEqual(Object.getPrototypeOf(s), fs.Stats.prototype);
  assert.strictEqual(s.mtime.getTime(), 1500000000988);
  fs.promises.lstat(f).then(function (p) {
    assert.deepStrictEqual(Object.keys(p), Object.keys(a));
    assert.strictEqual(p.atime.getTime(), 1234567890123);
    done = true;
  });
});
var done = false;
process.on('exit', function () { assert.ok(done); });

// The constructor rounds the same way.
var made = new fs.Stats(1, 33188, 1, 0, 0, 0, 4096, 7, 3, 8, 1.6, 2.4, -0.2, 1e3);
assert.strictEqual(made.atime.getTime(), 2);
assert.strictEqual(made.mtime.getTime(), 2);
assert.strictEqual(made.ctime.getTime(), 0);
assert.strictEqual(made.birthtime.getTime(), 1000);
assert.ok(made.isFile());
