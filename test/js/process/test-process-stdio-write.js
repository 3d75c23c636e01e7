// expect-stdout: first|second
// expect-stdout: bytes
// process.stdout.write / stderr.write: return value, callbacks (called with
// null on a later tick), encodings, the TypeErrors. Passes under node too.
'use strict';
var assert = require('assert');

var calls = [];
assert.strictEqual(process.stdout.write('first|', function (err) { calls.push(['out', err]); }), true);
assert.strictEqual(process.stdout.write('second\n', 'utf8', function (err) { calls.push(['out2', err]); }), true);
assert.strictEqual(process.stderr.write('to stderr\n', function (err) { calls.push(['err', err]); }), true);
process.stdout.write(new Uint8Array([98, 121, 116, 101, 115, 10]));
assert.deepStrictEqual(calls, []);

function badChunk(value, code, message) {
  [process.stdout, process.stderr].forEach(function (stream) {
    assert.throws(function () { stream.write(value); }, function (e) {
      assert.ok(e instanceof TypeError);
      assert.strictEqual(e.code, code);
      assert.strictEqual(e.message, message);
      return true;
    });
  });
}
var prefix = 'The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received ';
badChunk(1, 'ERR_INVALID_ARG_TYPE', prefix + 'type number (1)');
badChunk({}, 'ERR_INVALID_ARG_TYPE', prefix + 'an instance of Object');
badChunk(undefined, 'ERR_INVALID_ARG_TYPE', prefix + 'undefined');
badChunk(null, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');

assert.strictEqual(process.stdout.fd, 1);
assert.strictEqual(process.stderr.fd, 2);

setTimeout(function () {
  assert.deepStrictEqual(calls.map(function (c) { return c[0]; }).sort(), ['err', 'out', 'out2']);
  calls.forEach(function (c) { assert.ok(c[1] === null || c[1] === undefined, String(c[1])); });
}, 10);
