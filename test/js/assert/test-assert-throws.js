// assert.throws / doesNotThrow: validation by class, RegExp, function and
// object, their message forms and argument errors (expected strings from node).

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

check(msg(function () { assert.throws(function () {}); }),
      "AssertionError|ERR_ASSERTION|Missing expected exception.|false|throws");
check(msg(function () { assert.throws(function () {}, TypeError); }),
      "AssertionError|ERR_ASSERTION|Missing expected exception (TypeError).|false|throws");
check(msg(function () { assert.throws(function () {}, 'msg'); }),
      "AssertionError|ERR_ASSERTION|Missing expected exception: msg|false|throws");
check(msg(function () { assert.throws(function () {}, /x/, 'msg'); }),
      "AssertionError|ERR_ASSERTION|Missing expected exception: msg|false|throws");
check(msg(function () { assert.throws(function () {}, TypeError, 'msg'); }),
      "AssertionError|ERR_ASSERTION|Missing expected exception (TypeError): msg|false|throws");
check(msg(function () { assert.throws(thrower(new Error('boom'))); }),
      "no throw");
check(msg(function () { assert.throws(thrower(new Error('boom')), Error); }),
      "no throw");
check(msg(function () { assert.throws(thrower(new TypeError('boom')), Error); }),
      "no throw");
check(msg(function () { assert.throws(thrower(new Error('boom')), TypeError); }),
      "AssertionError|ERR_ASSERTION|The error is expected to be an instance of \"TypeError\". Received \"Error\"\n\nError message:\n\nboom|true|throws");
check(msg(function () { assert.throws(thrower(new Error('boom')), /boom/); }),
      "no throw");
check(msg(function () { assert.throws(thrower(new Error('boom')), /nope/); }),
      "AssertionError|ERR_ASSERTION|The input did not match the regular expression /nope/. Input:\n\n'Error: boom'\n|true|throws");
check(msg(function () { assert.throws(thrower('str'), /st/); }),
      "no throw");
check(msg(function () { assert.throws(thrower(new Error('boom')), { message: 'boom' }); }),
      "no throw");
check(msg(function () { assert.throws(thrower(new Error('boom')), { message: 'nope' }); }),
      "AssertionError|ERR_ASSERTION|Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'boom'\n-   message: 'nope'\n  }|true|throws");
check(msg(function () { assert.throws(thrower(new Error('boom')), { message: /nope/ }); }),
      "AssertionError|ERR_ASSERTION|Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'boom'\n-   message: /nope/\n  }|true|throws");
check(msg(function () { assert.throws(thrower(new Error('boom')), { message: /bo/, name: 'Error' }); }),
      "no throw");
check(msg(function () { assert.throws(thrower(new Error('boom')), { message: 'nope' }, 'mine'); }),
      "AssertionError|ERR_ASSERTION|mine|false|throws");
check(msg(function () { assert.throws(thrower(new Error('boom')), new Error('boom')); }),
      "no throw");
check(msg(function () { assert.throws(thrower(new Error('boom')), new TypeError('boom')); }),
      "AssertionError|ERR_ASSERTION|Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n    message: 'boom',\n+   name: 'Error'\n-   name: 'TypeError'\n  }|true|throws");
check(msg(function () { assert.throws(thrower(new Error('boom')), {}); }),
      "TypeError|ERR_INVALID_ARG_VALUE|The argument 'error' may not be an empty object. Received {}||");
check(msg(function () { assert.throws(thrower(5), { a: 1 }); }),
      "AssertionError|ERR_ASSERTION|Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ 5\n- {\n-   a: 1\n- }|true|throws");
check(msg(function () { assert.throws(thrower(new Error('boom')), function () { return false; }); }),
      "AssertionError|ERR_ASSERTION|The validation function is expected to return \"true\". Received false\n\nCaught error:\n\nError: boom|true|throws");
check(msg(function () { assert.throws(thrower(new Error('boom')), function check() { return 1; }); }),
      "AssertionError|ERR_ASSERTION|The \"check\" validation function is expected to return \"true\". Received 1\n\nCaught error:\n\nError: boom|true|throws");
check(msg(function () { assert.throws(thrower(new Error('boom')), function (e) { return e.message === 'boom'; }); }),
      "no throw");
check(msg(function () { assert.throws(thrower(new Error('boom')), TypeError, 'mine'); }),
      "AssertionError|ERR_ASSERTION|mine|false|throws");
check(msg(function () { assert.throws(1); }),
      "TypeError|ERR_INVALID_ARG_TYPE|The \"fn\" argument must be of type function. Received type number (1)||");
check(msg(function () { assert.throws(thrower(new Error('a')), 1); }),
      "TypeError|ERR_INVALID_ARG_TYPE|The \"error\" argument must be of type function or an instance of Error, RegExp, or Object. Received type number (1)||");
check(msg(function () { assert.throws(thrower(new Error('a')), 'a'); }),
      "TypeError|ERR_AMBIGUOUS_ARGUMENT|The \"error/message\" argument is ambiguous. The error message \"a\" is identical to the message.||");
check(msg(function () { assert.throws(thrower('a'), 'a'); }),
      "TypeError|ERR_AMBIGUOUS_ARGUMENT|The \"error/message\" argument is ambiguous. The error \"a\" is identical to the message.||");
check(msg(function () { assert.throws(thrower(new Error('a')), 'b', 'c'); }),
      "TypeError|ERR_INVALID_ARG_TYPE|The \"error\" argument must be of type function or an instance of Error, RegExp, or Object. Received type string ('b')||");
check(msg(function () { assert.doesNotThrow(function () {}); }),
      "no throw");
check(msg(function () { assert.doesNotThrow(thrower(new Error('boom'))); }),
      "AssertionError|ERR_ASSERTION|Got unwanted exception.\nActual message: \"boom\"|false|doesNotThrow");
check(msg(function () { assert.doesNotThrow(thrower(new Error('boom')), 'msg'); }),
      "AssertionError|ERR_ASSERTION|Got unwanted exception: msg\nActual message: \"boom\"|false|doesNotThrow");
check(msg(function () { assert.doesNotThrow(thrower(new TypeError('boom')), TypeError, 'msg'); }),
      "AssertionError|ERR_ASSERTION|Got unwanted exception: msg\nActual message: \"boom\"|false|doesNotThrow");
check(msg(function () { assert.doesNotThrow(thrower(new TypeError('boom')), RangeError); }),
      "TypeError||boom||");
check(msg(function () { assert.doesNotThrow(thrower(new TypeError('boom')), /boom/); }),
      "AssertionError|ERR_ASSERTION|Got unwanted exception.\nActual message: \"boom\"|false|doesNotThrow");
check(msg(function () { assert.doesNotThrow(thrower(new TypeError('boom')), 5); }),
      "TypeError|ERR_INVALID_ARG_TYPE|The \"expected\" argument must be of type function or an instance of RegExp. Received type number (5)||");
check(msg(function () { assert.doesNotThrow('x'); }),
      "TypeError|ERR_INVALID_ARG_TYPE|The \"fn\" argument must be of type function. Received type string ('x')||");

if (failures.length) {
  process.stderr.write(failures.join('\n') + '\n');
  process.exit(1);
}
