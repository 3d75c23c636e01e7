// events.once() on an EventTarget-like object: a { once: true } listener,
// resolved with [event], 'error' not special.
'use strict';
var assert = require('assert');
var events = require('events');

var added = [];
var target = {
  addEventListener: function (name, listener, options) {
    added.push([name, typeof listener, options.once]);
    this[name] = listener;
  },
  removeEventListener: function () { throw new Error('not expected'); }
};
var results = [];
var foo = events.once(target, 'foo').then(function (v) { results.push(v); });
var err = events.once(target, 'error').then(function (v) { results.push(v); });
assert.deepStrictEqual(added, [['foo', 'function', true], ['error', 'function', true]]);
target.foo({ type: 'foo' });
target.error({ type: 'error' });
Promise.all([foo, err]).then(function () {
  assert.deepStrictEqual(results, [[{ type: 'foo' }], [{ type: 'error' }]]);
  return events.once(1, 'x').then(function () { throw new Error('resolved'); }, function (e) {
    assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
    assert.strictEqual(e.message, 'The "emitter" argument must be an instance of EventEmitter. Received type number (1)');
    results.push('rejected');
  });
}).then(function () { assert.strictEqual(results.length, 3); }).catch(function (e) {
  process.exitCode = 1;
  console.error(e);
});
process.on('exit', function () { assert.strictEqual(results.length, 3); });
