// Deep equality of Map and Set as Node 20 decides it (taken from node).

'use strict';
var assert = require('assert');
var common = require('./common');
var Foo = common.Foo;
var Bar = common.Bar;
var args = common.args;
var loose = common.loose;
var strict = common.strict;
var both = common.both;
var circ = common.circ;
var withSym = common.withSym;
var withHidden = common.withHidden;
var re = common.re;
var err = common.err;
var arrWith = common.arrWith;
var failures = common.failures;
var check = common.check;

check(both(new Map([[1, 'a']]), new Map([[1, 'a']])),
      "LS");
check(both(new Map([[1, 'a']]), new Map([[1, 'b']])),
      "--");
check(both(new Map([[1, 'a']]), new Map([['1', 'a']])),
      "L-");
check(both(new Map([[{ k: 1 }, 'a']]), new Map([[{ k: 1 }, 'a']])),
      "LS");
check(both(new Map([[{ k: 1 }, 'a']]), new Map([[{ k: 2 }, 'a']])),
      "--");
check(both(new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']])),
      "LS");
check(both(new Map(), {}),
      "--");
check(both(new Set([1, 2]), new Set([2, 1])),
      "LS");
check(both(new Set([1]), new Set(['1'])),
      "L-");
check(both(new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])),
      "LS");
check(both(new Set([{ a: 1 }]), new Set([{ a: 2 }])),
      "--");
check(both(new Set([[1]]), new Set([[1]])),
      "LS");
check(both(new Set(), new Map()),
      "--");
check(both(new Set([1, 2]), new Set([1, 2, 3])),
      "--");

if (failures.length) {
  process.stderr.write(failures.join('\n') + '\n');
  process.exit(1);
}
