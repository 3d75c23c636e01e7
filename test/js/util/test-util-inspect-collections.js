// util.inspect of Map and Set as Node 20 prints them (taken from node).

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

check(inspect(new Map([['a', 1], ['b', 2]])),
      "Map(2) { 'a' => 1, 'b' => 2 }");
check(inspect(new Set([1])),
      "Set(1) { 1 }");
check(inspect(new Map()),
      "Map(0) {}");
check(inspect(new Set()),
      "Set(0) {}");
check(inspect(new Map([[{ k: 1 }, [1, 2]]])),
      "Map(1) { { k: 1 } => [ 1, 2 ] }");
check(inspect({ m: new Map([['x', { y: { z: 1 } }]]) }),
      "{ m: Map(1) { 'x' => { y: [Object] } } }");
check(inspect(new Set(range(120))),
      "Set(120) {\n  0,\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n  7,\n  8,\n  9,\n  10,\n  11,\n  12,\n  13,\n  14,\n  15,\n  16,\n  17,\n  18,\n  19,\n  20,\n  21,\n  22,\n  23,\n  24,\n  25,\n  26,\n  27,\n  28,\n  29,\n  30,\n  31,\n  32,\n  33,\n  34,\n  35,\n  36,\n  37,\n  38,\n  39,\n  40,\n  41,\n  42,\n  43,\n  44,\n  45,\n  46,\n  47,\n  48,\n  49,\n  50,\n  51,\n  52,\n  53,\n  54,\n  55,\n  56,\n  57,\n  58,\n  59,\n  60,\n  61,\n  62,\n  63,\n  64,\n  65,\n  66,\n  67,\n  68,\n  69,\n  70,\n  71,\n  72,\n  73,\n  74,\n  75,\n  76,\n  77,\n  78,\n  79,\n  80,\n  81,\n  82,\n  83,\n  84,\n  85,\n  86,\n  87,\n  88,\n  89,\n  90,\n  91,\n  92,\n  93,\n  94,\n  95,\n  96,\n  97,\n  98,\n  99,\n  ... 20 more items\n}");
check(inspect(new Set([1, 2, 3]), { maxArrayLength: 1 }),
      "Set(3) { 1, ... 2 more items }");
check(inspect(Object.assign(new Set([1]), { extra: true })),
      "Set(1) { 1, extra: true }");
check(inspect({ a: new Map([['a', 1]]) }, { depth: 0 }),
      "{ a: [Map] }");

if (failures.length) {
  process.stderr.write(failures.join('\n') + '\n');
  process.exit(1);
}
