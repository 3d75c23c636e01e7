// AssertionError messages, names, codes and operators as Node 20 makes them
// (expected strings taken from node).

'use strict';
var assert = require('assert');
function msg(fn) {
  try { fn(); } catch (e) { return [e.name, e.code, e.message, e.generatedMessage, e.operator].join('|'); }
  return 'no throw';
}
function thrower(e) { return function () { throw e; }; }
function Foo() { this.a = 1; }

var failures = [];
function check(actual, expected) {
  if (actual !== expected) failures.push('case ' + (failures.length + 1) + ':\n  got:  ' + JSON.stringify(actual) + '\n  want: ' + JSON.stringify(expected));
}

check(msg(function () { assert.ok(null, 'custom'); }),
      "AssertionError|ERR_ASSERTION|custom|false|==");
check(msg(function () { assert.ok(0, new TypeError('own')); }),
      "TypeError||own||");
check(msg(function () { assert.ok(); }),
      "AssertionError|ERR_ASSERTION|No value argument passed to `assert.ok()`|true|==");
check(msg(function () { assert(); }),
      "AssertionError|ERR_ASSERTION|No value argument passed to `assert.ok()`|true|==");
check(msg(function () { assert.equal(1, 2); }),
      "AssertionError|ERR_ASSERTION|1 == 2|true|==");
check(msg(function () { assert.equal(NaN, NaN); }),
      "no throw");
check(msg(function () { assert.equal(1, '1'); }),
      "no throw");
check(msg(function () { assert.equal(1); }),
      "TypeError|ERR_MISSING_ARGS|The \"actual\" and \"expected\" arguments must be specified||");
check(msg(function () { assert.notEqual(1, 1); }),
      "AssertionError|ERR_ASSERTION|1 != 1|true|!=");
check(msg(function () { assert.notEqual(NaN, NaN); }),
      "AssertionError|ERR_ASSERTION|NaN != NaN|true|!=");
check(msg(function () { assert.strictEqual(1, 2); }),
      "AssertionError|ERR_ASSERTION|Expected values to be strictly equal:\n\n1 !== 2\n|true|strictEqual");
check(msg(function () { assert.strictEqual(1, '1'); }),
      "AssertionError|ERR_ASSERTION|Expected values to be strictly equal:\n\n1 !== '1'\n|true|strictEqual");
check(msg(function () { assert.strictEqual(NaN, 0); }),
      "AssertionError|ERR_ASSERTION|Expected values to be strictly equal:\n\nNaN !== 0\n|true|strictEqual");
check(msg(function () { assert.strictEqual(NaN, NaN); }),
      "no throw");
check(msg(function () { assert.strictEqual(0, -0); }),
      "AssertionError|ERR_ASSERTION|Expected values to be strictly equal:\n+ actual - expected\n\n+ 0\n- -0|true|strictEqual");
check(msg(function () { assert.strictEqual('hello world', 'hello there'); }),
      "AssertionError|ERR_ASSERTION|Expected values to be strictly equal:\n+ actual - expected\n\n+ 'hello world'\n- 'hello there'\n         ^|true|strictEqual");
check(msg(function () { assert.strictEqual('a\nb', 'a\nc'); }),
      "AssertionError|ERR_ASSERTION|Expected values to be strictly equal:\n\n'a\\nb' !== 'a\\nc'\n|true|strictEqual");
check(msg(function () { assert.strictEqual({ a: 1 }, { a: 1 }); }),
      "AssertionError|ERR_ASSERTION|Values have same structure but are not reference-equal:\n\n{\n  a: 1\n}\n|true|strictEqual");
check(msg(function () { assert.strictEqual({ a: 1 }, { a: 2 }); }),
      "AssertionError|ERR_ASSERTION|Expected \"actual\" to be reference-equal to \"expected\":\n+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }|true|strictEqual");
check(msg(function () { assert.strictEqual(1, 2, 'my message'); }),
      "AssertionError|ERR_ASSERTION|my message\n\n1 !== 2\n|false|strictEqual");
check(msg(function () { assert.strictEqual(1, 2, new RangeError('mine')); }),
      "RangeError||mine||");
check(msg(function () { assert.notStrictEqual(1, 1); }),
      "AssertionError|ERR_ASSERTION|Expected \"actual\" to be strictly unequal to: 1|true|notStrictEqual");
check(msg(function () { assert.notStrictEqual('abcdefg', 'abcdefg'); }),
      "AssertionError|ERR_ASSERTION|Expected \"actual\" to be strictly unequal to:\n\n'abcdefg'|true|notStrictEqual");
check(msg(function () { var o = { a: 1 }; assert.notStrictEqual(o, o); }),
      "AssertionError|ERR_ASSERTION|Expected \"actual\" not to be reference-equal to \"expected\":\n\n{\n  a: 1\n}\n|true|notStrictEqual");
check(msg(function () { assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }); }),
      "AssertionError|ERR_ASSERTION|Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n    a: 1,\n    b: [\n      1,\n+     2\n-     3\n    ]\n  }|true|deepStrictEqual");
check(msg(function () { assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]); }),
      "AssertionError|ERR_ASSERTION|Expected values to be strictly deep-equal:\n+ actual - expected ... Lines skipped\n\n  [\n    1,\n...\n    8,\n    9,\n+   10\n-   11\n  ]|true|deepStrictEqual");
check(msg(function () { assert.deepStrictEqual(-0, 0); }),
      "AssertionError|ERR_ASSERTION|Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ -0\n- 0|true|deepStrictEqual");
check(msg(function () { assert.deepStrictEqual([1], [2]); }),
      "AssertionError|ERR_ASSERTION|Expected values to be strictly deep-equal:\n+ actual - expected\n\n  [\n+   1\n-   2\n  ]|true|deepStrictEqual");
check(msg(function () { assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }); }),
      "AssertionError|ERR_ASSERTION|Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n    a: 1,\n-   b: 2\n  }|true|deepStrictEqual");
check(msg(function () { assert.deepStrictEqual(new Foo(), { a: 1 }); }),
      "AssertionError|ERR_ASSERTION|Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ Foo {\n- {\n    a: 1\n  }|true|deepStrictEqual");
check(msg(function () { assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4]); }),
      "AssertionError|ERR_ASSERTION|Expected values to be strictly deep-equal:\n+ actual - expected\n\n  [\n    1,\n    2,\n    3,\n-   4\n  ]|true|deepStrictEqual");
check(msg(function () { assert.deepStrictEqual('x', 'y'); }),
      "AssertionError|ERR_ASSERTION|Expected values to be strictly deep-equal:\n\n'x' !== 'y'\n|true|deepStrictEqual");
check(msg(function () { assert.deepEqual({ a: 1 }, { a: 2 }); }),
      "AssertionError|ERR_ASSERTION|Expected values to be loosely deep-equal:\n\n{\n  a: 1\n}\n\nshould loosely deep-equal\n\n{\n  a: 2\n}|true|deepEqual");
check(msg(function () { assert.deepEqual([1, 2], [1, 3]); }),
      "AssertionError|ERR_ASSERTION|Expected values to be loosely deep-equal:\n\n[\n  1,\n  2\n]\n\nshould loosely deep-equal\n\n[\n  1,\n  3\n]|true|deepEqual");
check(msg(function () { assert.notDeepEqual({ a: 1 }, { a: 1 }); }),
      "AssertionError|ERR_ASSERTION|Expected \"actual\" not to be loosely deep-equal to:\n\n{\n  a: 1\n}|true|notDeepEqual");
check(msg(function () { assert.notDeepEqual({ a: 1 }, { a: '1' }); }),
      "AssertionError|ERR_ASSERTION|Expected values not to be loosely deep-equal:\n\n{\n  a: 1\n}\n\nshould not loosely deep-equal\n\n{\n  a: '1'\n}|true|notDeepEqual");
check(msg(function () { assert.notDeepStrictEqual({ a: 1 }, { a: 1 }); }),
      "AssertionError|ERR_ASSERTION|Expected \"actual\" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n|true|notDeepStrictEqual");
check(msg(function () { assert.notDeepStrictEqual(1, 1); }),
      "AssertionError|ERR_ASSERTION|Expected \"actual\" not to be strictly deep-equal to: 1|true|notDeepStrictEqual");
check(msg(function () { assert.strict.equal(1, '1'); }),
      "AssertionError|ERR_ASSERTION|Expected values to be strictly equal:\n\n1 !== '1'\n|true|strictEqual");
check(msg(function () { assert.strict.deepEqual([1], ['1']); }),
      "AssertionError|ERR_ASSERTION|Expected values to be strictly deep-equal:\n+ actual - expected\n\n  [\n+   1\n-   '1'\n  ]|true|deepStrictEqual");
check(msg(function () { assert.strict.notEqual(1, 1); }),
      "AssertionError|ERR_ASSERTION|Expected \"actual\" to be strictly unequal to: 1|true|notStrictEqual");
check(msg(function () { assert.strict.notDeepEqual([1], [1]); }),
      "AssertionError|ERR_ASSERTION|Expected \"actual\" not to be strictly deep-equal to:\n\n[\n  1\n]\n|true|notDeepStrictEqual");
check(msg(function () { assert.strict(0, 'strict ok'); }),
      "AssertionError|ERR_ASSERTION|strict ok|false|==");
check(msg(function () { assert.strict.strict.ok(0, 'x'); }),
      "AssertionError|ERR_ASSERTION|x|false|==");
check(msg(function () { assert.fail(); }),
      "AssertionError|ERR_ASSERTION|Failed|true|fail");
check(msg(function () { assert.fail('boom'); }),
      "AssertionError|ERR_ASSERTION|boom|false|fail");
check(msg(function () { assert.fail(new TypeError('te')); }),
      "TypeError||te||");
check(msg(function () { assert.ifError(null); assert.ifError(undefined); }),
      "no throw");
check(msg(function () { assert.ifError(new Error('ife')); }),
      "AssertionError|ERR_ASSERTION|ifError got unwanted exception: ife|false|ifError");
check(msg(function () { assert.ifError('str'); }),
      "AssertionError|ERR_ASSERTION|ifError got unwanted exception: 'str'|false|ifError");
check(msg(function () { assert.ifError(new TypeError()); }),
      "AssertionError|ERR_ASSERTION|ifError got unwanted exception: TypeError|false|ifError");
check(msg(function () { assert.ifError(0); }),
      "AssertionError|ERR_ASSERTION|ifError got unwanted exception: 0|false|ifError");
check(msg(function () { assert.match('abc', /x/); }),
      "AssertionError|ERR_ASSERTION|The input did not match the regular expression /x/. Input:\n\n'abc'\n|true|match");
check(msg(function () { assert.match('abc', /b/); }),
      "no throw");
check(msg(function () { assert.doesNotMatch('abc', /b/); }),
      "AssertionError|ERR_ASSERTION|The input was expected to not match the regular expression /b/. Input:\n\n'abc'\n|true|doesNotMatch");
check(msg(function () { assert.match(1, /x/); }),
      "AssertionError|ERR_ASSERTION|The \"string\" argument must be of type string. Received type number (1)|true|match");
check(msg(function () { assert.match('abc', 'b'); }),
      "TypeError|ERR_INVALID_ARG_TYPE|The \"regexp\" argument must be an instance of RegExp. Received type string ('b')||");
check(msg(function () { assert.match('abc', /x/, 'mine'); }),
      "AssertionError|ERR_ASSERTION|mine|false|match");
check(msg(function () { new assert.AssertionError(); }),
      "TypeError|ERR_INVALID_ARG_TYPE|The \"options\" argument must be of type object. Received undefined||");
check(msg(function () { throw new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' }); }),
      "AssertionError|ERR_ASSERTION|Expected values to be strictly equal:\n\n1 !== 2\n|true|strictEqual");
check(msg(function () { throw new assert.AssertionError({ message: 'm' }); }),
      "AssertionError|ERR_ASSERTION|m|false|");
check(msg(function () { throw new assert.AssertionError({ actual: 1, expected: 2, operator: 'custom' }); }),
      "AssertionError|ERR_ASSERTION|1 custom 2|true|custom");
check(msg(function () { assert.strictEqual('hello world', 'hello there', 'mm'); }),
      "AssertionError|ERR_ASSERTION|mm\n+ actual - expected\n\n+ 'hello world'\n- 'hello there'\n         ^|false|strictEqual");
check(msg(function () { assert.strictEqual({ a: 1 }, { a: 1 }, 'mm'); }),
      "AssertionError|ERR_ASSERTION|Values have same structure but are not reference-equal:\n\n{\n  a: 1\n}\n|false|strictEqual");
check(msg(function () { assert.deepStrictEqual([1], [2], 'mm'); }),
      "AssertionError|ERR_ASSERTION|mm\n+ actual - expected\n\n  [\n+   1\n-   2\n  ]|false|deepStrictEqual");
check(msg(function () { assert.notStrictEqual(1, 1, 'mm'); }),
      "AssertionError|ERR_ASSERTION|mm|false|notStrictEqual");
check(msg(function () { assert.equal(1, 2, 'mm'); }),
      "AssertionError|ERR_ASSERTION|mm|false|==");
check(msg(function () { assert.strictEqual(1, 2, ''); }),
      "AssertionError|ERR_ASSERTION|Expected values to be strictly equal:\n\n1 !== 2\n|true|strictEqual");
check(msg(function () { assert.equal(1, 2, ''); }),
      "AssertionError|ERR_ASSERTION||true|==");

if (failures.length) {
  process.stderr.write(failures.join('\n') + '\n');
  process.exit(1);
}
