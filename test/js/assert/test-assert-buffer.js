// assert on Buffers: bytes and prototype in the strict comparisons, own
// properties, and the messages node prints.
'use strict';
var assert = require('assert');

function m(fn) {
  try { fn(); } catch (e) { return e.name + '|' + e.code + '|' + e.message; }
  return 'no throw';
}
assert.strictEqual(m(function () { assert.deepStrictEqual(Buffer.from('ab'), Buffer.from('ab')); }), 'no throw');
assert.strictEqual(m(function () { assert.deepStrictEqual(Buffer.from('ab'), Buffer.from('ac')); }),
  'AssertionError|ERR_ASSERTION|Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
  '  Buffer(2) [Uint8Array] [\n    97,\n+   98\n-   99\n  ]');
assert.strictEqual(m(function () { assert.deepStrictEqual(Buffer.from('ab'), new Uint8Array([97, 98])); }),
  'AssertionError|ERR_ASSERTION|Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
  '+ Buffer(2) [Uint8Array] [\n- Uint8Array(2) [\n    97,\n    98\n  ]');
assert.strictEqual(m(function () { assert.deepEqual(Buffer.from('ab'), new Uint8Array([97, 98])); }), 'no throw');
assert.strictEqual(m(function () { assert.notDeepStrictEqual(Buffer.from('ab'), Buffer.from('ab')); }),
  'AssertionError|ERR_ASSERTION|Expected "actual" not to be strictly deep-equal to:\n\n' +
  'Buffer(2) [Uint8Array] [\n  97,\n  98\n]\n');
var b = Buffer.from('ab');
b.extra = 1;
assert.throws(function () { assert.deepStrictEqual(b, Buffer.from('ab')); }, { code: 'ERR_ASSERTION' });
assert.throws(function () { assert.deepEqual(b, Buffer.from('ab')); }, { code: 'ERR_ASSERTION' });
assert.strictEqual(m(function () { assert.strictEqual(Buffer.from('a'), Buffer.from('a')); }).split('\n')[0],
  'AssertionError|ERR_ASSERTION|Values have same structure but are not reference-equal:');

var keys = Object.keys(assert);
assert.deepStrictEqual(keys.filter(function (k) { return k !== 'CallTracker'; }), ['fail', 'AssertionError', 'ok',
  'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual', 'notDeepStrictEqual', 'strictEqual',
  'notStrictEqual', 'throws', 'rejects', 'doesNotThrow', 'doesNotReject', 'ifError', 'match', 'doesNotMatch',
  'strict']);
