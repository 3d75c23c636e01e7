// expect-exit: 7
// expect-stdout: exit 7 number
// process.exitCode is validated when set (integers, integer strings,
// undefined, null); the 'exit' event gets the code as a number. Passes under
// node too.
'use strict';
var assert = require('assert');

function rejects(value, code, message) {
  assert.throws(function () { process.exitCode = value; }, function (e) {
    assert.strictEqual(e.code, code);
    assert.strictEqual(e.message, message);
    return true;
  });
  assert.throws(function () { process.exit(value); }, function (e) {
    return e.code === code && e.message === message;
  });
}
rejects(2.5, 'ERR_OUT_OF_RANGE', 'The value of "code" is out of range. It must be an integer. Received 2.5');
rejects(true, 'ERR_INVALID_ARG_TYPE', 'The "code" argument must be of type number. Received type boolean (true)');
rejects('abc', 'ERR_INVALID_ARG_TYPE', "The \"code\" argument must be of type number. Received type string ('abc')");
rejects({}, 'ERR_INVALID_ARG_TYPE', 'The "code" argument must be of type number. Received an instance of Object');
rejects(NaN, 'ERR_OUT_OF_RANGE', 'The value of "code" is out of range. It must be an integer. Received NaN');
assert.strictEqual(process.exitCode, undefined);

process.exitCode = 3;
assert.strictEqual(process.exitCode, 3);
process.exitCode = null;
assert.strictEqual(process.exitCode, null);
process.exitCode = undefined;
process.exitCode = '7';
assert.strictEqual(process.exitCode, '7');

process.on('exit', function (code) { console.log('exit ' + code + ' ' + typeof code); });
