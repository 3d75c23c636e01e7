// util.types (and require('util/types')) against every kind of value.
'use strict';
var assert = require('assert');
var util = require('util');
var types = require('util/types');
assert.strictEqual(util.types, types);

function args() { return arguments; }
var tagged = {};
tagged[Symbol.toStringTag] = 'Date';
var vals = {
  obj: {}, arr: [], fn: function () {}, args: args(1), bool: new Boolean(1), date: new Date(),
  err: new Error('x'), terr: new TypeError('x'), objerr: Object.create(Error.prototype), num: new Number(1),
  re: /x/, str: new String('s'), sym: Object(Symbol('s')), ab: new ArrayBuffer(2),
  dv: new DataView(new ArrayBuffer(2)), u8: new Uint8Array(2), f64: new Float64Array(1),
  u8c: new Uint8ClampedArray(1), i16: new Int16Array(1), map: new Map(), set: new Set(), wm: new WeakMap(),
  ws: new WeakSet(), p: Promise.resolve(), thenable: { then: function () {} }, mi: new Map().keys(),
  si: new Set().values(), ai: [].values(), fakeMap: Object.create(Map.prototype), tagged: tagged,
  proxy: new Proxy({}, {}), parr: new Proxy([], {}), pfn: new Proxy(function () {}, {})
};
var expected = {
  isDate: 'date', isArgumentsObject: 'args', isBooleanObject: 'bool', isNumberObject: 'num',
  isStringObject: 'str', isSymbolObject: 'sym', isNativeError: 'err,terr', isRegExp: 're',
  isAsyncFunction: '', isGeneratorFunction: '', isGeneratorObject: '', isPromise: 'p', isMap: 'map',
  isSet: 'set', isMapIterator: 'mi', isSetIterator: 'si', isWeakMap: 'wm', isWeakSet: 'ws',
  isArrayBuffer: 'ab', isDataView: 'dv', isSharedArrayBuffer: '', isAnyArrayBuffer: 'ab',
  isBoxedPrimitive: 'bool,num,str,sym', isArrayBufferView: 'dv,u8,f64,u8c,i16', isTypedArray: 'u8,f64,u8c,i16',
  isUint8Array: 'u8', isUint8ClampedArray: 'u8c', isInt16Array: 'i16', isFloat64Array: 'f64',
  isUint16Array: '', isInt8Array: '', isBigInt64Array: '', isExternal: '', isModuleNamespaceObject: '',
  isProxy: 'proxy,parr,pfn'
};
Object.keys(expected).forEach(function (name) {
  var yes = [];
  Object.keys(vals).forEach(function (k) { if (types[name](vals[k])) yes.push(k); });
  [1, 's', null, undefined, true].forEach(function (p) { if (types[name](p)) yes.push(String(p)); });
  assert.strictEqual(name + ': ' + yes.join(','), name + ': ' + expected[name]);
});
