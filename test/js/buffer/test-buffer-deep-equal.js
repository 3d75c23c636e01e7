// assert's deep equality and util.isDeepStrictEqual on Buffers: bytes and,
// when strict, the prototype and own properties count.
'use strict';
var assert = require('assert');
var util = require('util');

assert.deepStrictEqual(Buffer.from('ab'), Buffer.from('ab'));
assert.deepStrictEqual({ x: Buffer.from('ab') }, { x: Buffer.from([0x61, 0x62]) });
assert.deepEqual(Buffer.from('a'), new Uint8Array([97]));
assert.strictEqual(util.isDeepStrictEqual(Buffer.alloc(3), Buffer.alloc(3)), true);
assert.strictEqual(util.isDeepStrictEqual(Buffer.alloc(3), Buffer.alloc(4)), false);
assert.notDeepStrictEqual(Buffer.from('ab'), Buffer.from('ab').slice(0, 1));

assert.throws(function () { assert.deepStrictEqual(Buffer.from('a'), new Uint8Array([97])); }, {
  code: 'ERR_ASSERTION',
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
    '+ Buffer(1) [Uint8Array] [\n- Uint8Array(1) [\n    97\n  ]'
});
assert.throws(function () { assert.deepStrictEqual(Buffer.from('ab'), Buffer.from('ac')); }, {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
    '  Buffer(2) [Uint8Array] [\n    97,\n+   98\n-   99\n  ]'
});
var withProp = Buffer.from('ab');
withProp.x = 1;
assert.throws(function () { assert.deepStrictEqual(withProp, Buffer.from('ab')); }, { code: 'ERR_ASSERTION' });
assert.throws(function () { assert.strictEqual(Buffer.from('ab'), Buffer.from('ab')); }, {
  message: 'Values have same structure but are not reference-equal:\n\nBuffer(2) [Uint8Array] [\n  97,\n  98\n]\n'
});
