// util.format and util.formatWithOptions print exactly what Node 20 prints
// (the expected strings were taken from node; this file passes under node too).

'use strict';
var util = require('util');
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

check(util.format('%s', 'a'),
      "a");
check(util.format('%s', 42),
      "42");
check(util.format('%s', -0),
      "-0");
check(util.format('%s', Symbol('q')),
      "Symbol(q)");
check(util.format('%s', { a: { b: { c: 1 } } }),
      "{ a: [Object] }");
check(util.format('%s', [1, [2, [3]]]),
      "[ 1, [Array] ]");
check(util.format('%s', null),
      "null");
check(util.format('%s', undefined),
      "undefined");
check(util.format('%s', new Foo()),
      "Foo { a: 1 }");
check(util.format('%s', { toString: function () { return 'TS'; } }),
      "TS");
check(util.format('%s', errWith('m', 'Error: m')),
      "[Error: m]");
check(util.format('%s', new Date(0)),
      "1970-01-01T00:00:00.000Z");
check(util.format('%d', '42'),
      "42");
check(util.format('%d', -0),
      "-0");
check(util.format('%d', {}),
      "NaN");
check(util.format('%d', Symbol('x')),
      "NaN");
check(util.format('%i', '42.9x'),
      "42");
check(util.format('%i', Symbol('x')),
      "NaN");
check(util.format('%f', '1.5e3'),
      "1500");
check(util.format('%f', 'x'),
      "NaN");
check(util.format('%j', { a: 1 }),
      "{\"a\":1}");
check(util.format('%j', circ()),
      "[Circular]");
check(util.format('%j', undefined),
      "undefined");
check(util.format('%o', [1, 2]),
      "[ 1, 2, [length]: 2 ]");
check(util.format('%O', { a: { b: { c: { d: 1 } } } }),
      "{ a: { b: { c: [Object] } } }");
check(util.format('%c', 'color: red'),
      "");
check(util.format('100%'),
      "100%");
check(util.format('100%%'),
      "100%%");
check(util.format('%%s', 1),
      "%s 1");
check(util.format('%s %s', 'a'),
      "a %s");
check(util.format('%s', 'a', 'b', { c: 1 }),
      "a b { c: 1 }");
check(util.format('%x', 1),
      "%x 1");
check(util.format(1, 2, 'three'),
      "1 2 three");
check(util.format({ a: 1 }, 'x'),
      "{ a: 1 } x");
check(util.format(),
      "");
check(util.format('%s%%', 5),
      "5%");
check(util.format('a%', 1),
      "a% 1");
check(util.format('%s:%s', 'a', 'b', 'c'),
      "a:b c");
check(util.formatWithOptions({ colors: true }, '%O', 1),
      "\u001b[33m1\u001b[39m");
check(util.formatWithOptions({ compact: false }, { a: 1 }),
      "{\n  a: 1\n}");
check(util.format('%s', 'x\ny'),
      "x\ny");
check(util.format('%o', { f: function fo() {} }),
      "{\n  f: <ref *1> [Function: fo] {\n    [length]: 0,\n    [name]: 'fo',\n    [prototype]: { [constructor]: [Circular *1] }\n  }\n}");

if (failures.length) {
  process.stderr.write(failures.join('\n') + '\n');
  process.exit(1);
}
