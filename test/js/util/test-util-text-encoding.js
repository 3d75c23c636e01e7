// TextEncoder/TextDecoder (globals, also util's): UTF-8 with BOM, fatal,
// streaming and replacement; UTF-16LE; the latin1 labels; encodeInto;
// argument errors. Expected strings are node's answers.
'use strict';
function show(x) { return JSON.stringify(x); }
function tryit(f) { try { return show(f()); } catch (e) { return e.name + '|' + e.code + '|' + e.message; } }
var U = function (a) { return new Uint8Array(a); };
var out = [];
out.push(tryit(function () { return new TextDecoder().decode(U([0xef, 0xbb, 0xbf, 0x41, 0xe2, 0x82, 0xac])); }));
out.push(tryit(function () { return new TextDecoder('utf-8', { ignoreBOM: true }).decode(U([0xef, 0xbb, 0xbf, 0x41])); }));
out.push(tryit(function () { return new TextDecoder('utf-8', { fatal: true }).decode(U([0x41, 0xff])); }));
out.push(tryit(function () { return new TextDecoder().decode(U([0x41, 0xff, 0xe2, 0x82, 0x41, 0xf0, 0x9f])); }));
out.push(tryit(function () { var d = new TextDecoder(); return [d.decode(U([0xef, 0xbb]), { stream: true }), d.decode(U([0xbf, 0xe2, 0x82]), { stream: true }), d.decode(U([0xac])), d.decode(U([0xef, 0xbb, 0xbf, 0x42]))]; }));
out.push(tryit(function () { var d = new TextDecoder('utf-8', { fatal: true }); return [d.decode(U([0xe2, 0x82]), { stream: true }), d.decode(U([0xac]))]; }));
out.push(tryit(function () { var d = new TextDecoder('utf-8', { fatal: true }); return d.decode(U([0xe2, 0x82])); }));
out.push(tryit(function () { return new TextDecoder('bogus'); }));
out.push(tryit(function () { return [new TextDecoder(' UTF8 ').encoding, new TextDecoder('latin1').encoding, new TextDecoder('ascii').encoding, new TextDecoder('utf-16').encoding, new TextDecoder('ucs-2').encoding]; }));
out.push(tryit(function () { return new TextDecoder('latin1').decode(U([0x41, 0x80, 0x81, 0x9f, 0xe9, 0xff])); }));
out.push(tryit(function () { return new TextDecoder('utf-16le').decode(U([0xff, 0xfe, 0x41, 0, 0x3d, 0xd8, 0x00, 0xde, 0x00, 0xd8, 0x42, 0x00, 0x43])); }));
out.push(tryit(function () { var d = new TextDecoder('utf-16le'); return [d.decode(U([0x41, 0x00, 0x3d]), { stream: true }), d.decode(U([0xd8]), { stream: true }), d.decode(U([0x00, 0xde])), d.decode(U([0x41]))]; }));
out.push(tryit(function () { return new TextDecoder('utf-16le', { fatal: true }).decode(U([0x00, 0xd8])); }));
out.push(tryit(function () { return new TextDecoder().decode('str'); }));
out.push(tryit(function () { return new TextDecoder().decode(new Uint16Array([0x4241]).buffer); }));
out.push(tryit(function () { return new TextDecoder().decode(new DataView(U([0x43, 0x44]).buffer)); }));
out.push(tryit(function () { return new TextDecoder().decode(); }));
out.push(tryit(function () { var d = new TextDecoder(); return [d.encoding, d.fatal, d.ignoreBOM, Object.prototype.toString.call(d), Object.prototype.toString.call(new TextEncoder())]; }));
out.push(tryit(function () { var e = new TextEncoder().encode('a\u20ac\ud800\ud83d\ude00'); return [Object.getPrototypeOf(e) === Uint8Array.prototype, e.buffer.byteLength, Array.prototype.slice.call(e)]; }));
out.push(tryit(function () { return Array.prototype.slice.call(new TextEncoder().encode()); }));
out.push(tryit(function () { var d = new Uint8Array(5); var r = new TextEncoder().encodeInto('a\u20ac\u20ac', d); return [r, Array.prototype.slice.call(d)]; }));
out.push(tryit(function () { var d = new Uint8Array(5); var r = new TextEncoder().encodeInto('ab\ud83d\ude00', d); return [r, Array.prototype.slice.call(d)]; }));
out.push(tryit(function () { var d = new Uint8Array(10); return new TextEncoder().encodeInto('ab\ud800x', d); }));
out.push(tryit(function () { return new TextEncoder().encodeInto('a', []); }));
out.push(tryit(function () { return new TextEncoder().encoding; }));
out.push(tryit(function () { return TextDecoder('utf8'); }));
var expected = [
  "\"A\u20ac\"",
  "\"\ufeffA\"",
  "TypeError|ERR_ENCODING_INVALID_ENCODED_DATA|The encoded data was not valid for encoding utf-8",
  "\"A\ufffd\ufffdA\ufffd\"",
  "[\"\",\"\",\"\u20ac\",\"B\"]",
  "[\"\",\"\u20ac\"]",
  "TypeError|ERR_ENCODING_INVALID_ENCODED_DATA|The encoded data was not valid for encoding utf-8",
  "RangeError|ERR_ENCODING_NOT_SUPPORTED|The \"bogus\" encoding is not supported",
  "[\"utf-8\",\"windows-1252\",\"windows-1252\",\"utf-16le\",\"utf-16le\"]",
  "\"A\u0080\u0081\u009f\u00e9\u00ff\"",
  "\"A\ud83d\ude00\ufffdB\ufffd\"",
  "[\"A\",\"\",\"\ud83d\ude00\",\"\ufffd\"]",
  "TypeError|ERR_ENCODING_INVALID_ENCODED_DATA|The encoded data was not valid for encoding utf-16le",
  "TypeError|ERR_INVALID_ARG_TYPE|The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.",
  "\"AB\"",
  "\"CD\"",
  "\"\"",
  "[\"utf-8\",false,false,\"[object TextDecoder]\",\"[object TextEncoder]\"]",
  "[true,11,[97,226,130,172,239,191,189,240,159,152,128]]",
  "[]",
  "[{\"read\":2,\"written\":4},[97,226,130,172,0]]",
  "[{\"read\":2,\"written\":2},[97,98,0,0,0]]",
  "{\"read\":4,\"written\":6}",
  "TypeError|ERR_INVALID_ARG_TYPE|The \"dest\" argument must be an instance of Uint8Array. Received an instance of Array",
  "\"utf-8\"",
  "TypeError|undefined|Class constructor TextDecoder cannot be invoked without 'new'"
  ];
var failures = [];
for (var i = 0; i < expected.length; i++) {
  if (out[i] !== expected[i]) failures.push('case ' + (i + 1) + ':\n  got:  ' + out[i] + '\n  want: ' + expected[i]);
}
if (out.length !== expected.length) failures.push(out.length + ' cases, wanted ' + expected.length);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}


// util.inspect and the shapes of the classes.
var util = require('util');
var shapes = [util.inspect(new TextDecoder()), util.inspect(new TextEncoder()),
  util.inspect(new TextDecoder('latin1', { fatal: true })), Object.keys(TextDecoder.prototype).join(),
  Object.keys(TextEncoder.prototype).join(), TextDecoder.length, TextEncoder.prototype.encodeInto.length,
  TextDecoder.prototype.decode.length].join('|');
if (shapes !== "TextDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false }|{ encoding: 'utf-8' }|" +
    "TextDecoder { encoding: 'windows-1252', fatal: true, ignoreBOM: false }|decode,encoding,fatal,ignoreBOM|" +
    'encoding,encode,encodeInto|0|2|0') {
  console.error('shapes: ' + shapes);
  process.exit(1);
}
