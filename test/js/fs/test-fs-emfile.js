// Opening files until the descriptor limit: Node's EMFILE error, and the
// runtime keeps serving once they are closed.
'use strict';
var fs = require('fs');
var assert = require('assert');

var fds = [];
var err = null;
try {
  // Bounded: the limit here is far lower, but never loop forever.
  for (var i = 0; i < 200000; i++) fds.push(fs.openSync('/dev/null', 'r'));
} catch (e) {
  err = e;
}
assert.ok(err, 'the descriptor limit was never reached');
assert.strictEqual(err.code, 'EMFILE');
assert.strictEqual(err.errno, -24);
assert.strictEqual(err.syscall, 'open');
assert.strictEqual(err.path, '/dev/null');
assert.strictEqual(err.message, "EMFILE: too many open files, open '/dev/null'");

// The async form reports the same while the table is full.
fs.open('/dev/null', 'r', function (e) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(e.code, 'EMFILE');
  for (var j = 0; j < fds.length; j++) fs.closeSync(fds[j]);
  fds = [];
  // And everything works again.
  fs.readFile('/dev/null', function (e2, data) {
    assert.strictEqual(e2, null);
    assert.strictEqual(data.length, 0);
    fs.open('/dev/null', 'r', function (e3, fd) {
      assert.strictEqual(e3, null);
      fs.closeSync(fd);
      done = true;
    });
  });
});
var done = false;
process.on('exit', function () { assert.ok(done); });
