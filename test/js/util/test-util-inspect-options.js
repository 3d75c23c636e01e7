// inspect.styles / inspect.colors / inspect.defaultOptions and a custom
// stylize behave as in Node 20 (expected strings taken from node).
'use strict';
var assert = require('assert');
var util = require('util');

var old = util.inspect.styles.number;
util.inspect.styles.number = 'red';
assert.strictEqual(util.inspect([1, 'a'], { colors: true }), "[ \u001b[31m1\u001b[39m, \u001b[32m'a'\u001b[39m ]");
util.inspect.styles.number = old;
assert.deepStrictEqual(util.inspect.colors.red, [31, 39]);
assert.deepStrictEqual(util.inspect.colors.grey, [90, 39]);
assert.strictEqual(Object.keys(util.inspect.colors).length, 44);
assert.deepStrictEqual(Object.keys(util.inspect.styles),
  ['special', 'number', 'bigint', 'boolean', 'undefined', 'null', 'string', 'symbol', 'date', 'regexp', 'module']);

util.inspect.defaultOptions.depth = 0;
assert.strictEqual(util.inspect({ a: { b: 1 } }), '{ a: [Object] }');
util.inspect.defaultOptions = { depth: 2 };
assert.strictEqual(util.inspect({ a: { b: 1 } }), '{ a: { b: 1 } }');
assert.throws(function () { util.inspect.defaultOptions = null; }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received null'
});

function tag(s, t) { return '<' + t + ':' + s + '>'; }
assert.strictEqual(util.inspect('x', { stylize: tag }), "<string:'x'>");
// colors: true replaces a given stylize.
assert.strictEqual(util.inspect({ a: 1 }, { colors: true, stylize: tag }), '{ a: \u001b[33m1\u001b[39m }');

// util.inspect.custom receives (depth, options, inspect); options carry the
// caller's extra keys and a stylize.
var seen;
var obj = {};
obj[util.inspect.custom] = function (depth, options, inspect) {
  seen = [depth, options.depth, options.mine, typeof options.stylize, inspect === util.inspect];
  return inspect({ inner: 1 }, options);
};
assert.strictEqual(util.inspect({ o: obj }, { depth: 3, mine: 'yes' }), '{ o: { inner: 1 } }');
assert.deepStrictEqual(seen, [2, 3, 'yes', 'function', true]);
assert.strictEqual(util.inspect.custom, Symbol['for']('nodejs.util.inspect.custom'));

assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), 'red');
assert.strictEqual(util.isDeepStrictEqual({ a: [1] }, { a: [1] }), true);
assert.strictEqual(util.isDeepStrictEqual([1], ['1']), false);
assert.throws(function () { util.formatWithOptions(null, 'x'); }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "inspectOptions" argument must be of type object. Received null'
});
