// util.types (also require('util/types')): brand checks that look at what a
// value is, not at what it claims (Symbol.toStringTag, prototypes). The
// engine's class of an object comes from bindings/types.c.
'use strict';

var binding = internalBinding('types');
var classOf = binding.classOf;
var getPromiseDetails = internalBinding('promise').getPromiseDetails;

// Duktape's class numbers (DUK_HOBJECT_CLASS_*).
var ARGUMENTS = 4, BOOLEAN = 5, DATE = 6, ERROR = 7, NUMBER = 10, REGEXP = 11, STRING = 12,
  SYMBOL = 14, ARRAYBUFFER = 19, DATAVIEW = 20, INT8 = 21, UINT8 = 22, UINT8C = 23, INT16 = 24,
  UINT16 = 25, INT32 = 26, UINT32 = 27, FLOAT32 = 28, FLOAT64 = 29;

function is(cls) {
  return function (value) { return classOf(value) === cls; };
}

// Whether method, called on value, accepts it as its receiver (the brand
// check of the collections, which are native objects of class Object).
function accepts(method, value, arg) {
  if (value === null || typeof value !== 'object') return false;
  try {
    method.call(value, arg);
    return true;
  } catch (e) {
    return false;
  }
}

function never() { return false; }

function isTypedArray(value) {
  var c = classOf(value);
  return c >= INT8 && c <= FLOAT64;
}

exports.isExternal = never;
exports.isDate = is(DATE);
exports.isArgumentsObject = is(ARGUMENTS);
exports.isBigIntObject = never;
exports.isBooleanObject = is(BOOLEAN);
exports.isNumberObject = is(NUMBER);
exports.isStringObject = is(STRING);
exports.isSymbolObject = is(SYMBOL);
exports.isNativeError = is(ERROR);
exports.isRegExp = is(REGEXP);
// Duktape has no async functions, generators or BigInt: no value is one.
exports.isAsyncFunction = never;
exports.isGeneratorFunction = never;
exports.isGeneratorObject = never;
exports.isPromise = function isPromise(value) { return getPromiseDetails(value) !== undefined; };
exports.isMap = function isMap(value) { return accepts(Map.prototype.has, value); };
exports.isSet = function isSet(value) { return accepts(Set.prototype.has, value); };
exports.isMapIterator = function isMapIterator(value) { return binding.iteratorKind(value) === 'map'; };
exports.isSetIterator = function isSetIterator(value) { return binding.iteratorKind(value) === 'set'; };
exports.isWeakMap = function isWeakMap(value) { return accepts(WeakMap.prototype.has, value, {}); };
exports.isWeakSet = function isWeakSet(value) { return accepts(WeakSet.prototype.has, value, {}); };
exports.isArrayBuffer = is(ARRAYBUFFER);
exports.isDataView = is(DATAVIEW);
exports.isSharedArrayBuffer = never;
exports.isProxy = binding.isProxy;
exports.isModuleNamespaceObject = never;
exports.isAnyArrayBuffer = is(ARRAYBUFFER);
exports.isBoxedPrimitive = function isBoxedPrimitive(value) {
  var c = classOf(value);
  return c === NUMBER || c === STRING || c === BOOLEAN || c === SYMBOL;
};
exports.isArrayBufferView = function isArrayBufferView(value) {
  var c = classOf(value);
  return c >= DATAVIEW && c <= FLOAT64;
};
exports.isTypedArray = isTypedArray;
exports.isUint8Array = is(UINT8);
exports.isUint8ClampedArray = is(UINT8C);
exports.isUint16Array = is(UINT16);
exports.isUint32Array = is(UINT32);
exports.isInt8Array = is(INT8);
exports.isInt16Array = is(INT16);
exports.isInt32Array = is(INT32);
exports.isFloat32Array = is(FLOAT32);
exports.isFloat64Array = is(FLOAT64);
exports.isBigInt64Array = never;
exports.isBigUint64Array = never;
exports.isKeyObject = never;
exports.isCryptoKey = never;
