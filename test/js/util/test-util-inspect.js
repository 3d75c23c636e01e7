// util.inspect and util.format print exactly what Node 20 prints (the
// expected strings were taken from node; this file passes under node too).

'use strict';
var util = require('util');
var inspect = util.inspect;
var common = require('./common');
var rep = common.rep;
var range = common.range;
var args = common.args;
var Foo = common.Foo;
var Bar = common.Bar;
var Sub = common.Sub;
var errWith = common.errWith;
var circ = common.circ;
var nullProto = common.nullProto;
var sym = common.sym;
var failures = common.failures;
var check = common.check;

check(inspect(1),
      "1");
check(inspect(-0),
      "-0");
check(inspect([-0]),
      "[ -0 ]");
check(inspect(1e21),
      "1e+21");
check(inspect(NaN),
      "NaN");
check(inspect(true),
      "true");
check(inspect(undefined),
      "undefined");
check(inspect(null),
      "null");
check(inspect('abc'),
      "'abc'");
check(inspect("it's"),
      "\"it's\"");
check(inspect('it\'s "x"'),
      "`it's \"x\"`");
check(inspect('it\'s "x" `y`'),
      "'it\\'s \"x\" `y`'");
check(inspect('\x7f\x1b\x0b\x00\n\t\\'),
      "'\\x7F\\x1B\\x0B\\x00\\n\\t\\\\'");
check(inspect('\ud83d'),
      "'\\ud83d'");
check(inspect('\ud83d\ude00'),
      "'\ud83d\ude00'");
check(inspect('\x85'),
      "'\\x85'");
check(inspect(Symbol('x')),
      "Symbol(x)");
check(inspect(Symbol()),
      "Symbol()");
check(inspect({ $a: 1, _b: 2, 'a-b': 3, '1': 4 }),
      "{ '1': 4, '$a': 1, _b: 2, 'a-b': 3 }");
check(inspect({}),
      "{}");
check(inspect({ a: { b: { c: { d: 1 } } } }),
      "{ a: { b: { c: [Object] } } }");
check(inspect({ a: { b: { c: { d: 1 } } } }, { depth: 0 }),
      "{ a: [Object] }");
check(inspect({ a: { b: { c: { d: 1 } } } }, { depth: null }),
      "{\n  a: { b: { c: { d: 1 } } }\n}");
check(inspect([[[[1]]]]),
      "[ [ [ [Array] ] ] ]");
check(inspect([[[[1, [2]]]]], { depth: Infinity }),
      "[\n  [\n    [ [ 1, [ 2 ] ] ]\n  ]\n]");
check(inspect([]),
      "[]");
check(inspect(new Array(5)),
      "[ <5 empty items> ]");
check(inspect([1, , 3]),
      "[ 1, <1 empty item>, 3 ]");
check(inspect([, 1, , , ]),
      "[ <1 empty item>, 1, <2 empty items> ]");
check(inspect(range(101)),
      "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 1 more item\n]");
check(inspect(range(30, function (i) { return 'ab' + i; })),
      "[\n  'ab0',  'ab1',  'ab2',  'ab3',\n  'ab4',  'ab5',  'ab6',  'ab7',\n  'ab8',  'ab9',  'ab10', 'ab11',\n  'ab12', 'ab13', 'ab14', 'ab15',\n  'ab16', 'ab17', 'ab18', 'ab19',\n  'ab20', 'ab21', 'ab22', 'ab23',\n  'ab24', 'ab25', 'ab26', 'ab27',\n  'ab28', 'ab29'\n]");
check(inspect(range(7)),
      "[\n  0, 1, 2, 3,\n  4, 5, 6\n]");
check(inspect(range(6)),
      "[ 0, 1, 2, 3, 4, 5 ]");
check(inspect(range(26, function (i) { return String.fromCharCode(97 + i); })),
      "[\n  'a', 'b', 'c', 'd', 'e', 'f',\n  'g', 'h', 'i', 'j', 'k', 'l',\n  'm', 'n', 'o', 'p', 'q', 'r',\n  's', 't', 'u', 'v', 'w', 'x',\n  'y', 'z'\n]");
check(inspect(range(10, function (i) { return i * 1000; })),
      "[\n     0, 1000, 2000,\n  3000, 4000, 5000,\n  6000, 7000, 8000,\n  9000\n]");
check(inspect(range(200), { maxArrayLength: 3 }),
      "[ 0, 1, 2, ... 197 more items ]");
check(inspect(range(5), { maxArrayLength: 0 }),
      "[ ... 5 more items ]");
check(inspect(range(10, function (i) { return { a: i }; })),
      "[\n  { a: 0 }, { a: 1 },\n  { a: 2 }, { a: 3 },\n  { a: 4 }, { a: 5 },\n  { a: 6 }, { a: 7 },\n  { a: 8 }, { a: 9 }\n]");
check(inspect(range(20, function (i) { return -i * 37; })),
      "[\n    -0,  -37,  -74, -111,\n  -148, -185, -222, -259,\n  -296, -333, -370, -407,\n  -444, -481, -518, -555,\n  -592, -629, -666, -703\n]");
check(inspect([1, 'two', 3, 'four', 5, 'six', 7, 'eight']),
      "[ 1, 'two', 3, 'four', 5, 'six', 7, 'eight' ]");
check(inspect(Object.assign([1, 2], { foo: 'bar' })),
      "[ 1, 2, foo: 'bar' ]");
check(inspect(args()),
      "[Arguments] {}");
check(inspect(args(1, 2)),
      "[Arguments] { '0': 1, '1': 2 }");
check(inspect(Object.create(null)),
      "[Object: null prototype] {}");
check(inspect(nullProto({ a: 1 })),
      "[Object: null prototype] { a: 1 }");
check(inspect(new Foo()),
      "Foo { a: 1 }");
check(inspect(new Bar()),
      "Bar {}");
check(inspect(new Sub()),
      "Sub { a: 1 }");
check(inspect(circ()),
      "<ref *1> { a: 1, self: [Circular *1] }");
check(inspect({ x: circ() }),
      "{ x: <ref *1> { a: 1, self: [Circular *1] } }");
check(inspect((function () { var c2 = { x: {} }; c2.x.y = c2.x; return c2; })()),
      "{ x: <ref *1> { y: [Circular *1] } }");
check(inspect((function () { var a = {}; var b = { a: a }; a.b = b; return [a, b]; })()),
      "[\n  <ref *1> { b: { a: [Circular *1] } },\n  <ref *2> { a: <ref *1> { b: [Circular *2] } }\n]");
check(inspect(rep('a', 20) + '\n' + rep('b', 70)),
      "'aaaaaaaaaaaaaaaaaaaa\\n' +\n  'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'");
check(inspect([rep('a', 20) + '\n' + rep('b', 70)]),
      "[\n  'aaaaaaaaaaaaaaaaaaaa\\n' +\n    'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'\n]");
check(inspect(rep('x', 30), { maxStringLength: 4 }),
      "'xxxx'... 26 more characters");
check(inspect(rep('x', 5), { maxStringLength: 4 }),
      "'xxxx'... 1 more character");
check(inspect(new Date(0)),
      "1970-01-01T00:00:00.000Z");
check(inspect(new Date(NaN)),
      "Invalid Date");
check(inspect(/a/g),
      "/a/g");
check(inspect(Object.assign(/x/, { k: 1 })),
      "/x/ { k: 1 }");
check(inspect({ a: [1, 2, 3], b: rep('x', 80) }),
      "{\n  a: [ 1, 2, 3 ],\n  b: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n}");
check(inspect({ a: 1, b: 'two', c: [3, 4], d: { e: 5 } }),
      "{ a: 1, b: 'two', c: [ 3, 4 ], d: { e: 5 } }");
check(inspect({ aaaaaaaaaa: 1, bbbbbbbbbb: 2, cccccccccc: 3, dddddddddd: 4, eeeeeeeeee: 5, ffffffffff: 6 }),
      "{\n  aaaaaaaaaa: 1,\n  bbbbbbbbbb: 2,\n  cccccccccc: 3,\n  dddddddddd: 4,\n  eeeeeeeeee: 5,\n  ffffffffff: 6\n}");
check(inspect({ a: { b: { c: {} } } }),
      "{ a: { b: { c: {} } } }");
check(inspect({ a: { b: { c: { d: {} } } } }, { depth: 5 }),
      "{\n  a: { b: { c: { d: {} } } }\n}");
check(inspect({ a: [{ b: 1 }, { c: [1, 2] }] }),
      "{ a: [ { b: 1 }, { c: [Array] } ] }");
check(inspect(function f() {}),
      "[Function: f]");
check(inspect(function () {}),
      "[Function (anonymous)]");
check(inspect(Object.assign(function g() {}, { x: 1 })),
      "[Function: g] { x: 1 }");
check(inspect({ fn: function h() {} }),
      "{ fn: [Function: h] }");
check(inspect(new Number(-0)),
      "[Number: -0]");
check(inspect(new String('ab')),
      "[String: 'ab']");
check(inspect(new Boolean(true)),
      "[Boolean: true]");
check(inspect(Object.assign(new Number(3), { x: 1 })),
      "[Number: 3] { x: 1 }");
check(inspect(Object.assign(new String('ab'), { x: 1 })),
      "[String: 'ab'] { x: 1 }");
check(inspect({ get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} }),
      "{ a: [Getter], b: [Setter], c: [Getter/Setter] }");
check(inspect({ get a() { return { x: 1 }; }, get b() { return null; }, get c() { return 'x'; } }, { getters: true }),
      "{ a: [Getter] { x: 1 }, b: [Getter: null], c: [Getter: 'x'] }");
check(inspect({ get a() { throw new Error('no'); } }, { getters: true }),
      "{ a: [Getter: <Inspection threw (no)>] }");
check(inspect({ get a() { return 1; }, get b() { return 2; }, set b(v) {} }, { getters: 'set' }),
      "{ a: [Getter], b: [Getter/Setter: 2] }");
check(inspect(sym('s')),
      "{ [Symbol(s)]: 1 }");
check(inspect(Object.defineProperty({}, 'h', { value: 1, enumerable: false }), { showHidden: true }),
      "{ [h]: 1 }");
check(inspect([1, 2, 3], { showHidden: true }),
      "[ 1, 2, 3, [length]: 3 ]");
check(inspect({ b: 1, a: 2, c: 3 }, { sorted: true }),
      "{ a: 2, b: 1, c: 3 }");
check(inspect({ b: 1, a: 2, c: 3 }, { sorted: function (x, y) { return x < y ? 1 : -1; } }),
      "{ c: 3, b: 1, a: 2 }");
check(inspect({ a: 1, b: { c: 2 } }, { compact: false }),
      "{\n  a: 1,\n  b: {\n    c: 2\n  }\n}");
check(inspect({ a: 1, b: { c: 2 } }, { compact: true }),
      "{ a: 1, b: { c: 2 } }");
check(inspect({ a: 1, b: { c: 2 } }, { compact: 1 }),
      "{\n  a: 1,\n  b: { c: 2 }\n}");
check(inspect({ a: [1, 2, 3] }, { breakLength: 10 }),
      "{\n  a: [\n    1,\n    2,\n    3\n  ]\n}");
check(inspect({ a: 'x', b: 'y' }, { breakLength: Infinity }),
      "{ a: 'x', b: 'y' }");
check(inspect(new Uint8Array(3)),
      "Uint8Array(3) [ 0, 0, 0 ]");
check(inspect(new Uint8Array([1, 2, 3])),
      "Uint8Array(3) [ 1, 2, 3 ]");
check(inspect(new Float64Array([1.5, -0])),
      "Float64Array(2) [ 1.5, -0 ]");
check(inspect(new Uint8Array(0)),
      "Uint8Array(0) []");
check(inspect(new Uint8Array(200)),
      "Uint8Array(200) [\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0,\n  ... 100 more items\n]");
check(inspect(new ArrayBuffer(3)),
      "ArrayBuffer { [Uint8Contents]: <00 00 00>, byteLength: 3 }");
check(inspect(new Uint8Array([1, 2]).buffer),
      "ArrayBuffer { [Uint8Contents]: <01 02>, byteLength: 2 }");
check(inspect(new ArrayBuffer(0)),
      "ArrayBuffer { [Uint8Contents]: <>, byteLength: 0 }");
check(inspect(new DataView(new ArrayBuffer(2))),
      "DataView {\n  byteLength: 2,\n  byteOffset: 0,\n  buffer: ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }\n}");
check(inspect({ a: 1, b: 'x', c: null, d: undefined, e: true }, { colors: true }),
      "{ a: \u001b[33m1\u001b[39m, b: \u001b[32m'x'\u001b[39m, c: \u001b[1mnull\u001b[22m, d: \u001b[90mundefined\u001b[39m, e: \u001b[33mtrue\u001b[39m }");
check(inspect([1, 'a', Symbol('s'), new Date(0), /r/, function q() {}], { colors: true }),
      "[ \u001b[33m1\u001b[39m, \u001b[32m'a'\u001b[39m, \u001b[32mSymbol(s)\u001b[39m, \u001b[35m1970-01-01T00:00:00.000Z\u001b[39m, \u001b[31m/r/\u001b[39m, \u001b[36m[Function: q]\u001b[39m ]");
check(inspect(errWith('boom', 'Error: boom')),
      "[Error: boom]");
check(inspect(errWith('boom', 'Error: boom', { code: 'E' })),
      "[Error: boom] { code: 'E' }");
check(inspect({ e: errWith('boom', 'Error: boom', { code: 'E' }) }),
      "{ e: [Error: boom] { code: 'E' } }");
check(inspect(errWith('x', 'Error: x\n    at foo (a.js:1)', { code: 'E' })),
      "Error: x\n    at foo (a.js:1) {\n  code: 'E'\n}");
check(inspect({ a: errWith('x', 'Error: x\n    at foo (a.js:1)', { code: 'E' }) }),
      "{\n  a: Error: x\n      at foo (a.js:1) {\n    code: 'E'\n  }\n}");
check(inspect({ a: errWith('x', 'Error: x\n    at foo (a.js:1)') }),
      "{\n  a: Error: x\n      at foo (a.js:1)\n}");
check(inspect(errWith('x', 'TypeError: x', { name: 'TypeError' })),
      "[Error [TypeError]: x]");
check(inspect((function () { var e = new TypeError('bad'); Object.defineProperty(e, 'stack', { value: 'TypeError: bad' }); return e; })()),
      "[TypeError: bad]");
check(inspect((function () { var e = new Sub(); return e; })()),
      "Sub { a: 1 }");
check(inspect({ a: 1, inspect: 2 }),
      "{ a: 1, inspect: 2 }");
check(inspect(Object.defineProperty({}, '__proto__', { value: 1, enumerable: true })),
      "{ ['__proto__']: 1 }");
check(inspect({ 'key with space': 1, 'x\ny': 2 }),
      "{ 'key with space': 1, 'x\\ny': 2 }");
check(inspect([undefined, null]),
      "[ undefined, null ]");
check(inspect({ a: undefined }),
      "{ a: undefined }");
check(inspect({ a: rep('a', 72) }),
      "{\n  a: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'\n}");
check(inspect({ a: rep('a', 73) }),
      "{\n  a: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'\n}");
check(inspect([rep('a', 74)]),
      "[\n  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'\n]");
check(inspect([rep('a', 75)]),
      "[\n  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'\n]");
check(inspect({ a: { b: rep('a', 60) } }),
      "{\n  a: { b: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }\n}");
check(inspect({ custom: (function () { var o = {}; o[inspect.custom] = function (d, o2) { return 'CUSTOM ' + d + ' ' + typeof o2.stylize; }; return o; })() }),
      "{ custom: CUSTOM 1 function }");
check(inspect((function () { var o = {}; o[inspect.custom] = function () { return { replaced: true }; }; return o; })()),
      "{ replaced: true }");
check(inspect((function () { var o = {}; o[inspect.custom] = function () { return 'a\nb'; }; return { x: { y: o } }; })()),
      "{\n  x: {\n    y: a\n    b\n  }\n}");
check(inspect((function () { var o = { v: 1 }; o[inspect.custom] = function () { return 'X'; }; return o; })(), { customInspect: false }),
      "{ v: 1, [Symbol(nodejs.util.inspect.custom)]: [Function (anonymous)] }");
check(inspect({ a: 1 }, false, 0, false),
      "{ a: 1 }");
check(inspect({ a: { b: 1 } }, false, 0),
      "{ a: [Object] }");
check(inspect((function () { function C() {} Object.defineProperty(C.prototype, Symbol.toStringTag, { get: function () { return 'Tagged'; } }); return new C(); })()),
      "C [Tagged] {}");
check(inspect((function () { var d = {}; d[Symbol.toStringTag] = 'Date'; return d; })()),
      "{ [Symbol(Symbol.toStringTag)]: 'Date' }");
check(inspect((function () { var e = Object.create(null); Object.defineProperty(e, Symbol.toStringTag, { value: 'Error' }); return e; })()),
      "[Object: null prototype] [Error] {}");
check(inspect((function () { var e = {}; Object.defineProperty(e, Symbol.toStringTag, { value: 'Zed' }); return e; })()),
      "Object [Zed] {}");
check(inspect([1234567, -1234567.891234, 0.5, 1e21, NaN, -0, 123, 1234, -0.5, 12345.5, -1234], { numericSeparator: true }),
      "[\n  1_234_567,\n  -1_234_567.891_234,\n  0.5,\n  1e+21,\n  NaN,\n  0,\n  123,\n  1_234,\n  -0.5,\n  12_345.5,\n  -1_234\n]");
check(inspect(new Float64Array([1234.5678]), { numericSeparator: true }),
      "Float64Array(1) [ 1_234.567_8 ]");
check(inspect(new String('ab'), { showHidden: true }),
      "[String: 'ab'] { [length]: 2 }");
check(inspect(Object.assign(new Number(3), { x: 1 }), { colors: true }),
      "[Number: 3] { x: \u001b[33m1\u001b[39m }");
check(inspect([new String('x'), new Date(0), Object.assign(/x/, { x: 1 })], { colors: true }),
      "[ \u001b[32m[String: 'x']\u001b[39m, \u001b[35m1970-01-01T00:00:00.000Z\u001b[39m, /x/ { x: \u001b[33m1\u001b[39m } ]");

if (failures.length) {
  process.stderr.write(failures.join('\n') + '\n');
  process.exit(1);
}
