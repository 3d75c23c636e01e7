// expect-stderr: ) Warning: plain
// expect-stderr: ) [W001] CustomWarning: with a code
// expect-stderr: ) [DEP0999] DeprecationWarning: old thing
// expect-stderr: use the new thing
// expect-stderr: ) Error: an error object
// expect-stderr: ) RangeError: a range error
// process.emitWarning: what it prints to stderr, the 'warning' event (after
// the printing listener, on a later tick), codes, DeprecationWarning and the
// argument errors. Passes under node too.
'use strict';
var assert = require('assert');

var seen = [];
assert.strictEqual(process.listenerCount('warning'), 1);
process.on('warning', function (w) { seen.push(w); });

var sync = true;
var thrown = false;
process.emitWarning('plain');
process.emitWarning('with a code', 'CustomWarning', 'W001');
process.emitWarning('old thing', { type: 'DeprecationWarning', code: 'DEP0999', detail: 'use the new thing' });
process.emitWarning(new Error('an error object'));
process.emitWarning(new RangeError('a range error'));
process.emitWarning('ctor as type', function ctor() {});
assert.strictEqual(seen.length, 0);
sync = false;

assert.throws(function () { process.emitWarning(1); }, function (e) {
  return e instanceof TypeError && e.code === 'ERR_INVALID_ARG_TYPE' &&
    e.message === 'The "warning" argument must be of type string or an instance of Error. Received type number (1)';
});
assert.throws(function () { process.emitWarning({ message: 'x' }); }, function (e) {
  return e.code === 'ERR_INVALID_ARG_TYPE' && / Received an instance of Object$/.test(e.message);
});
assert.throws(function () { process.emitWarning('x', 5); }, function (e) {
  return e.code === 'ERR_INVALID_ARG_TYPE' &&
    e.message === 'The "type" argument must be of type string. Received type number (5)';
});
assert.throws(function () { process.emitWarning('x', 'Warning', 5); }, function (e) {
  return e.code === 'ERR_INVALID_ARG_TYPE' &&
    e.message === 'The "code" argument must be of type string. Received type number (5)';
});

process.nextTick(function () {
  assert.strictEqual(sync, false);
  assert.strictEqual(seen.length, 6);
  assert.strictEqual(seen[0].name, 'Warning');
  assert.strictEqual(seen[0].message, 'plain');
  assert.strictEqual(seen[0].code, undefined);
  assert.ok(seen[0] instanceof Error);
  assert.strictEqual(seen[1].name, 'CustomWarning');
  assert.strictEqual(seen[1].code, 'W001');
  assert.strictEqual(seen[2].name, 'DeprecationWarning');
  assert.strictEqual(seen[2].code, 'DEP0999');
  assert.strictEqual(seen[2].detail, 'use the new thing');
  assert.strictEqual(seen[3].name, 'Error');
  assert.strictEqual(seen[4].name, 'RangeError');
  assert.strictEqual(seen[5].name, 'Warning');
  assert.strictEqual(seen[5].message, 'ctor as type');

  // noDeprecation silences deprecations only; throwDeprecation throws them.
  process.noDeprecation = true;
  process.emitWarning('hidden', 'DeprecationWarning');
  process.noDeprecation = false;
  process.throwDeprecation = true;
  process.once('uncaughtException', function (e) {
    assert.strictEqual(e.name, 'DeprecationWarning');
    assert.strictEqual(e.message, 'thrown');
    assert.strictEqual(e.code, 'DEP0998');
    thrown = true;
  });
  process.emitWarning('thrown', 'DeprecationWarning', 'DEP0998');
  process.throwDeprecation = false;
  setTimeout(function () {
    assert.strictEqual(seen.length, 6);
    assert.strictEqual(thrown, true);
    // Without the printing listener nothing reaches stderr; the event still fires.
    process.removeAllListeners('warning');
    var late = [];
    process.on('warning', function (w) { late.push(w.message); });
    process.emitWarning('not printed');
    setTimeout(function () { assert.deepStrictEqual(late, ['not printed']); }, 1);
  }, 1);
});
