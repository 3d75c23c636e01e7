// assert.rejects / doesNotReject (Node 20's messages).
'use strict';
var assert = require('assert');

assert.strictEqual(typeof assert.rejects, 'function');
assert.strictEqual(typeof assert.doesNotReject, 'function');

{
  var results = [];
  var record = function (label, p) {
    return p.then(function () { results.push(label + ': resolved'); },
      function (e) { results.push(label + ': ' + e.name + ' ' + e.code + ' ' + e.message); });
  };
  var boom = function () { return Promise.reject(new TypeError('boom')); };
  var fine = function () { return Promise.resolve(1); };
  Promise.all([
    record('1', assert.rejects(boom, TypeError)),
    record('2', assert.rejects(boom, /boom/)),
    record('3', assert.rejects(boom, { message: 'boom' })),
    record('4', assert.rejects(fine)),
    record('5', assert.rejects(fine, TypeError, 'mine')),
    record('6', assert.rejects(Promise.reject(new Error('x')), RangeError)),
    record('7', assert.rejects(function () { return 5; })),
    record('8', assert.rejects(5)),
    record('9', assert.doesNotReject(fine)),
    record('10', assert.doesNotReject(boom)),
    record('11', assert.doesNotReject(boom, RangeError))
  ]).then(function () {
    assert.deepStrictEqual(results.sort(), [
      '10: AssertionError ERR_ASSERTION Got unwanted rejection.\nActual message: "boom"',
      '11: TypeError undefined boom',
      '1: resolved',
      '2: resolved',
      '3: resolved',
      '4: AssertionError ERR_ASSERTION Missing expected rejection.',
      '5: AssertionError ERR_ASSERTION Missing expected rejection (TypeError): mine',
      '6: AssertionError ERR_ASSERTION The error is expected to be an instance of "RangeError". Received "Error"\n\nError message:\n\nx',
      '7: TypeError ERR_INVALID_RETURN_VALUE Expected instance of Promise to be returned from the "promiseFn" function but got type number (5).',
      '8: TypeError ERR_INVALID_ARG_TYPE The "promiseFn" argument must be of type function or an instance of Promise. Received type number (5)',
      '9: resolved'
    ]);
    results.done = true;
  });
  process.on('exit', function () { assert.strictEqual(results.done, true); });
}
