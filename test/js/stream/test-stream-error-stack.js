// Stream errors read as Node's: "Error [CODE]: message" heads the stack,
// whose first frame is the stream code that raised it, and toString()
// shows the code.
'use strict';

var assert = require('assert');
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
w.on('error', function () {});
w.end();
w.write('x', function (err) {
  assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  assert.strictEqual(err.name, 'Error');
  assert.ok(err instanceof Error);
  var lines = err.stack.split('\n');
  assert.strictEqual(lines[0], 'Error [ERR_STREAM_WRITE_AFTER_END]: write after end');
  assert.ok(/node:internal\/streams\/writable:/.test(lines[1]), lines[1]);
  assert.strictEqual(String(err), 'Error [ERR_STREAM_WRITE_AFTER_END]: write after end');
});

assert.throws(function () {
  new stream.Writable().write(5);
}, function (err) {
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  assert.ok(err instanceof TypeError);
  assert.strictEqual(err.stack.split('\n')[0],
    'TypeError [ERR_INVALID_ARG_TYPE]: The "chunk" argument must be of type string or an instance of ' +
    'Buffer, TypedArray, or DataView. Received type number (5)');
  assert.ok(/node:internal\/streams\/writable:/.test(err.stack.split('\n')[1]));
  return true;
});

var r = new stream.Readable();
r.on('error', function (err) {
  assert.strictEqual(err.code, 'ERR_METHOD_NOT_IMPLEMENTED');
  assert.strictEqual(err.message, 'The _read() method is not implemented');
  assert.strictEqual(err.stack.split('\n')[0], 'Error [ERR_METHOD_NOT_IMPLEMENTED]: The _read() method is not implemented');
});
r.read();
