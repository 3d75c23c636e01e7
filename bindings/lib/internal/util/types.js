// The built-in kind of a value, for util.inspect and deep equality.
'use strict';

var objectToString = Object.prototype.toString;
var toStringTagSymbol = typeof Symbol === 'function' && typeof Symbol.toStringTag === 'symbol' ?
  Symbol.toStringTag : null;

var typedArrayTags = {
  Int8Array: true, Uint8Array: true, Uint8ClampedArray: true, Int16Array: true,
  Uint16Array: true, Int32Array: true, Uint32Array: true, Float32Array: true,
  Float64Array: true, BigInt64Array: true, BigUint64Array: true
};

// The built-in kind of an object. Object.prototype.toString answers it,
// unless Symbol.toStringTag changes the answer: then brand checks decide.
function tagOf(value) {
  if (toStringTagSymbol !== null) {
    var t;
    try {
      t = value[toStringTagSymbol];
    } catch (e) {
      t = undefined;
    }
    if (t !== undefined) return brandOf(value);
  }
  return objectToString.call(value).slice(8, -1);
}

function succeeds(fn, value) {
  try {
    fn.call(value);
    return true;
  } catch (e) {
    return false;
  }
}

function brandOf(value) {
  if (Array.isArray(value)) return 'Array';
  if (typeof ArrayBuffer === 'function' && ArrayBuffer.isView && ArrayBuffer.isView(value)) {
    if (typeof DataView === 'function' && value instanceof DataView) return 'DataView';
    var ctor = value.constructor;
    while (ctor && typedArrayTags[ctor.name] !== true) ctor = Object.getPrototypeOf(ctor);
    return ctor ? ctor.name : 'Object';
  }
  if (typeof ArrayBuffer === 'function' && value instanceof ArrayBuffer) return 'ArrayBuffer';
  if (typeof Map === 'function' && value instanceof Map) return 'Map';
  if (typeof Set === 'function' && value instanceof Set) return 'Set';
  if (typeof Promise === 'function' && value instanceof Promise) return 'Promise';
  if (succeeds(Date.prototype.getTime, value)) return 'Date';
  if (succeeds(Number.prototype.valueOf, value)) return 'Number';
  if (succeeds(String.prototype.valueOf, value)) return 'String';
  if (succeeds(Boolean.prototype.valueOf, value)) return 'Boolean';
  if (typeof Symbol === 'function' && succeeds(Symbol.prototype.valueOf, value)) return 'Symbol';
  if (value instanceof RegExp && succeeds(RegExp.prototype.exec, value)) return 'RegExp';
  if (typeof value === 'function') return 'Function';
  return 'Object';
}


function isError(value) {
  return value !== null && typeof value === 'object' && (tagOf(value) === 'Error' || value instanceof Error);
}

exports.tagOf = tagOf;
exports.typedArrayTags = typedArrayTags;
exports.isError = isError;
