// Each encoding both ways, with Node's rules for invalid input.
'use strict';
var assert = require('assert');

function hex(b) { return b.toString('hex'); }

// utf8: surrogate pairs become 4 bytes, lone surrogates U+FFFD.
assert.strictEqual(hex(Buffer.from('\ud83d\ude00')), 'f09f9880');
assert.strictEqual(hex(Buffer.from('a\ud800b')), '61efbfbd62');
assert.strictEqual(hex(Buffer.from('\ude00\ud83d')), 'efbfbdefbfbd');
assert.strictEqual(Buffer.from('f09f9880', 'hex').toString(), '\ud83d\ude00');
assert.strictEqual(Buffer.from('€ and ü').toString('utf-8'), '€ and ü');
// Invalid UTF-8: one U+FFFD per maximal subpart.
assert.strictEqual(Buffer.from('ff', 'hex').toString(), '\ufffd');
assert.strictEqual(Buffer.from('e282', 'hex').toString(), '\ufffd');
assert.strictEqual(Buffer.from('e28241', 'hex').toString(), '\ufffdA');
assert.strictEqual(Buffer.from('eda080', 'hex').toString(), '\ufffd\ufffd\ufffd');
assert.strictEqual(Buffer.from('f0808080', 'hex').toString(), '\ufffd\ufffd\ufffd\ufffd');
assert.strictEqual(Buffer.from('c0af', 'hex').toString(), '\ufffd\ufffd');
assert.strictEqual(Buffer.from('f09f98', 'hex').toString(), '\ufffd');

// ucs2 / utf16le.
['ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'UTF16LE'].forEach(function (enc) {
  assert.strictEqual(hex(Buffer.from('a€', enc)), '6100ac20');
});
assert.strictEqual(hex(Buffer.from('\ud83d\ude00', 'ucs2')), '3dd800de');
assert.strictEqual(Buffer.from('3dd800de41', 'hex').toString('ucs2'), '\ud83d\ude00');
assert.strictEqual(Buffer.from('610062', 'hex').toString('utf16le'), 'a');

// latin1 / binary keep the low byte; ascii writes the same way and reads
// with the high bit cleared.
assert.strictEqual(hex(Buffer.from('\u0100\u20acé', 'latin1')), '00ace9');
assert.strictEqual(hex(Buffer.from('\u0100\u20acé', 'binary')), '00ace9');
assert.strictEqual(hex(Buffer.from('\u0100\u20acé', 'ascii')), '00ace9');
assert.strictEqual(Buffer.from([0xe9, 0x80, 0xff]).toString('latin1'), 'é\u0080ÿ');
assert.strictEqual(Buffer.from([0xe9, 0x80, 0x41]).toString('ascii'), 'i\u0000A');

// hex: up to the first invalid pair, an odd last digit is dropped.
assert.strictEqual(hex(Buffer.from('abz', 'hex')), 'ab');
assert.strictEqual(hex(Buffer.from('ABcd', 'hex')), 'abcd');
assert.strictEqual(Buffer.from('zzab', 'hex').length, 0);
assert.strictEqual(hex(Buffer.from('01 23', 'hex')), '01');
assert.strictEqual(Buffer.from([0, 15, 255]).toString('hex'), '000fff');

// base64 and base64url: either alphabet, whitespace and junk skipped, '='
// ends the input.
assert.strictEqual(Buffer.from([0xff, 0xfe, 0xfd]).toString('base64'), '//79');
assert.strictEqual(Buffer.from([0xff, 0xfe, 0xfd, 1]).toString('base64'), '//79AQ==');
assert.strictEqual(Buffer.from([0xff, 0xfe, 0xfd, 1]).toString('base64url'), '__79AQ');
assert.strictEqual(Buffer.from([1, 2]).toString('base64'), 'AQI=');
assert.strictEqual(Buffer.from([1, 2]).toString('base64url'), 'AQI');
assert.strictEqual(hex(Buffer.from('a bc=d', 'base64')), '69b7');
assert.strictEqual(hex(Buffer.from('ab-_', 'base64')), '69bfbf');
assert.strictEqual(hex(Buffer.from('ab+/', 'base64url')), '69bfbf');
assert.strictEqual(hex(Buffer.from('YQ==YQ', 'base64')), '61');
assert.strictEqual(Buffer.from('aGVs\nbG8g\r\nd29y bGQ=', 'base64').toString(), 'hello world');
assert.strictEqual(Buffer.from('aGk', 'base64').toString(), 'hi');
assert.strictEqual(Buffer.from('a', 'base64').length, 0);
assert.strictEqual(Buffer.from('', 'base64').length, 0);
var all = Buffer.alloc(256);
for (var i = 0; i < 256; i++) all[i] = i;
['base64', 'base64url', 'hex', 'latin1', 'binary'].forEach(function (enc) {
  assert.ok(Buffer.from(all.toString(enc), enc).equals(all), enc);
});
assert.ok(Buffer.from(all.toString('ucs2'), 'ucs2').equals(all));

// toString(encoding, start, end).
var abc = Buffer.from('ABC');
assert.strictEqual(abc.toString(undefined, 1), 'BC');
assert.strictEqual(abc.toString('utf8', -1, 10), 'ABC');
assert.strictEqual(abc.toString('utf8', '1', 'x'), '');
assert.strictEqual(abc.toString('utf8', 2, 1), '');
assert.strictEqual(abc.toString('latin1', 1.7, 2.9), 'B');
assert.strictEqual(abc.toString('hex', 1), '4243');
assert.strictEqual(abc.toString('utf8', 3), '');
assert.strictEqual(abc.toLocaleString(), 'ABC');
[null, 0, '', 'nope'].forEach(function (enc) {
  assert.throws(function () { abc.toString(enc); },
    { name: 'TypeError', code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: ' + String(enc) });
});
assert.strictEqual(Buffer.alloc(0).toString('base64'), '');

// Per-encoding shortcuts.
assert.strictEqual(abc.hexSlice(0, 2), '4142');
assert.strictEqual(abc.utf8Slice(1), 'BC');
assert.strictEqual(abc.latin1Slice(), 'ABC');
var w = Buffer.alloc(4);
assert.strictEqual(w.hexWrite('ffee', 1), 2);
assert.strictEqual(w.toString('hex'), '00ffee00');

// base64 and hex read the low byte of each UTF-16 unit of the string.
assert.strictEqual(hex(Buffer.from('\u0161\u0162', 'hex')), 'ab');
assert.strictEqual(hex(Buffer.from('\u0161\u0162', 'base64')), '69');
assert.strictEqual(hex(Buffer.from('\u0100a\u0162c', 'base64')), '69b7');
assert.strictEqual(hex(Buffer.from('ab\u013d', 'base64')), '69');
assert.strictEqual(hex(Buffer.from('YW\ud83d\ude00Jj', 'base64')), '61');
assert.strictEqual(Buffer.alloc(4).write('\u0161\u0162', 'hex'), 1);
assert.strictEqual(Buffer.byteLength('\u0161\u0162', 'hex'), 1);
