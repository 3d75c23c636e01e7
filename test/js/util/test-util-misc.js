// util: system error names, toUSVString, deprecate codes, the legacy is*
// functions, inherits and _extend.
'use strict';
var assert = require('assert');
var util = require('util');

function code(fn) {
  try { fn(); } catch (e) { return e.code + '|' + e.message; }
  return 'no throw';
}

assert.strictEqual(util.getSystemErrorName(-2), 'ENOENT');
assert.strictEqual(util.getSystemErrorName(-4095), 'EOF');
assert.strictEqual(util.getSystemErrorName(-3008), 'EAI_NONAME');
assert.strictEqual(util.getSystemErrorName(-1234), 'Unknown system error -1234');
assert.strictEqual(code(function () { util.getSystemErrorName(1); }),
  'ERR_OUT_OF_RANGE|The value of "err" is out of range. It must be a negative integer. Received 1');
assert.strictEqual(code(function () { util.getSystemErrorName(-1.5); }),
  'ERR_OUT_OF_RANGE|The value of "err" is out of range. It must be a negative integer. Received -1.5');
assert.strictEqual(code(function () { util.getSystemErrorName('x'); }),
  'ERR_INVALID_ARG_TYPE|The "err" argument must be of type number. Received type string (\'x\')');
var map = util.getSystemErrorMap();
assert.ok(map instanceof Map);
assert.ok(map.size > 80);
assert.deepStrictEqual(map.get(-2), ['ENOENT', 'no such file or directory']);
assert.deepStrictEqual(map.get(-111), ['ECONNREFUSED', 'connection refused']);

var e = util._errnoException(-2, 'open', 'extra');
assert.strictEqual(e.message, 'open ENOENT extra');
assert.deepStrictEqual([e.errno, e.code, e.syscall], [-2, 'ENOENT', 'open']);
var e2 = util._exceptionWithHostPort(-111, 'connect', '1.2.3.4', 80, 'x');
assert.strictEqual(e2.message, 'connect ECONNREFUSED 1.2.3.4:80 - Local (x)');
assert.strictEqual(e2.port, 80);

assert.strictEqual(util.toUSVString('a\ud800b\udc00c\ud83d\ude00'), 'a\ufffdb\ufffdc\ud83d\ude00');
assert.strictEqual(util.toUSVString('\udc00\ud800'), '\ufffd\ufffd');
assert.strictEqual(util.toUSVString('ok'), 'ok');

// Legacy type checks.
assert.strictEqual(util.isArray([]), true);
assert.strictEqual(util.isBoolean(false), true);
assert.strictEqual(util.isBoolean(new Boolean(false)), false);
assert.strictEqual(util.isNull(null), true);
assert.strictEqual(util.isNullOrUndefined(undefined), true);
assert.strictEqual(util.isNullOrUndefined(0), false);
assert.strictEqual(util.isNumber(NaN), true);
assert.strictEqual(util.isString(''), true);
assert.strictEqual(util.isSymbol(Symbol('x')), true);
assert.strictEqual(util.isUndefined(void 0), true);
assert.strictEqual(util.isRegExp(/x/), true);
assert.strictEqual(util.isObject(null), false);
assert.strictEqual(util.isObject(function () {}), false);
assert.strictEqual(util.isObject({}), true);
assert.strictEqual(util.isDate(new Date()), true);
assert.strictEqual(util.isError(new TypeError()), true);
assert.strictEqual(util.isError(Object.create(Error.prototype)), true);
assert.strictEqual(util.isError({ name: 'Error', message: '' }), false);
assert.strictEqual(util.isFunction(Object), true);
assert.strictEqual(util.isPrimitive(Symbol('s')), true);
assert.strictEqual(util.isPrimitive({}), false);
assert.strictEqual(util.isBuffer(new Uint8Array(1)), false);
assert.strictEqual(util.isBuffer(Buffer.alloc(1)), true);
assert.strictEqual(util.types.isUint8Array(Buffer.alloc(1)), true);

assert.deepStrictEqual(util._extend({ a: 1 }, { b: 2 }), { a: 1, b: 2 });
assert.deepStrictEqual(util._extend({ a: 1 }, null), { a: 1 });

function A() {}
function B() {}
util.inherits(A, B);
assert.strictEqual(A.super_, B);
assert.ok(new A() instanceof B);
assert.strictEqual(code(function () { util.inherits(A, null); }),
  'ERR_INVALID_ARG_TYPE|The "superCtor" argument must be of type function. Received null');
assert.strictEqual(code(function () { util.inherits(A, {}); }),
  'ERR_INVALID_ARG_TYPE|The "superCtor.prototype" property must be of type object. Received undefined');

assert.strictEqual(util.TextEncoder, TextEncoder);
assert.strictEqual(util.TextDecoder, TextDecoder);

// deprecate: one warning per code, whichever function carries it; without a
// code, one per function.
var warnings = [];
process.on('warning', function (w) { warnings.push(w.name + ' ' + w.code + ' ' + w.message); });
assert.strictEqual(code(function () { util.deprecate(function () {}, 'm', 5); }),
  'ERR_INVALID_ARG_TYPE|The "code" argument must be of type string. Received type number (5)');
var d1 = util.deprecate(function (x) { return x * 2; }, 'first', 'DEP_T1');
var d2 = util.deprecate(function () {}, 'second', 'DEP_T1');
var d3 = util.deprecate(function () {}, 'nocode');
var d4 = util.deprecate(function () {}, 'nocode');
assert.strictEqual(d1(4), 8);
d1(); d2(); d3(); d3(); d4();
process.nextTick(function () {
  assert.deepStrictEqual(warnings, [
    'DeprecationWarning DEP_T1 first',
    'DeprecationWarning undefined nocode',
    'DeprecationWarning undefined nocode'
  ]);
});
