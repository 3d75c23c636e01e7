// Deep equality as Node's assert defines it: isDeepEqual (loose, for
// assert.deepEqual) and isDeepStrictEqual (assert.deepStrictEqual and
// util.isDeepStrictEqual). Written against the spec API of Map and Set
// (forEach, has, get, size), used only when the values are ones.
'use strict';

var hasOwn = Object.prototype.hasOwnProperty;
var isEnumerable = Object.prototype.propertyIsEnumerable;
var tagOf = require('internal/util/types').tagOf;
var getSymbols = typeof Object.getOwnPropertySymbols === 'function' ?
  Object.getOwnPropertySymbols : function () { return []; };

var kNoIterator = 0;
var kIsArray = 1;
var kIsSet = 2;
var kIsMap = 3;

var typedArrayTags = {
  '[object Int8Array]': true, '[object Uint8Array]': true, '[object Uint8ClampedArray]': true,
  '[object Int16Array]': true, '[object Uint16Array]': true, '[object Int32Array]': true,
  '[object Uint32Array]': true, '[object Float32Array]': true, '[object Float64Array]': true,
  '[object BigInt64Array]': true, '[object BigUint64Array]': true, '[object DataView]': true
};

function isError(v, tag) {
  return tag === '[object Error]' || v instanceof Error;
}

function isMap(v, tag) {
  return tag === '[object Map]' || (typeof Map === 'function' && v instanceof Map);
}

function isSet(v, tag) {
  return tag === '[object Set]' || (typeof Set === 'function' && v instanceof Set);
}

function isBoxed(tag) {
  return tag === '[object Number]' || tag === '[object String]' || tag === '[object Boolean]' ||
    tag === '[object Symbol]' || tag === '[object BigInt]';
}

function isIndexKey(key) {
  if (key.length === 0 || key.length > 10) return false;
  if (key === '0') return true;
  var c = key.charCodeAt(0);
  if (c < 49 || c > 57) return false;
  for (var i = 1; i < key.length; i++) {
    c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return Number(key) < 4294967295;
}

// Own enumerable keys that are not array indices; with `symbols`, the
// enumerable symbol keys too.
function nonIndexKeys(value, symbols) {
  var keys = Object.keys(value);
  var out = [];
  var i;
  for (i = 0; i < keys.length; i++) if (!isIndexKey(keys[i])) out.push(keys[i]);
  if (symbols) {
    var syms = getSymbols(value);
    for (i = 0; i < syms.length; i++) if (isEnumerable.call(value, syms[i])) out.push(syms[i]);
  }
  return out;
}

// The same for a typed array, without listing its elements: Object.keys
// would make a string per element (vm/duktape/patches/0006).
var ownStoredKeys = internalBinding('buffer').ownStoredKeys;
function typedArrayKeys(value, symbols) {
  var all = ownStoredKeys(value, false, symbols);
  var out = [];
  var syms = [];
  for (var i = 0; i < all.length; i++) (typeof all[i] === 'symbol' ? syms : out).push(all[i]);
  return syms.length ? out.concat(syms) : out;
}

var bufferCompare = internalBinding('buffer').compare;

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  return bufferCompare(a, 0, a.length, b, 0, b.length) === 0;
}

function sameFloats(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameRegExps(a, b) {
  return a.source === b.source && a.global === b.global && a.ignoreCase === b.ignoreCase &&
    a.multiline === b.multiline && a.sticky === b.sticky && a.unicode === b.unicode &&
    String(a.flags) === String(b.flags) && a.lastIndex === b.lastIndex;
}

function sameBoxed(a, b, tag) {
  switch (tag) {
    case '[object Number]':
      return Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
    case '[object String]':
      return String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
    case '[object Boolean]':
      return Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
    case '[object Symbol]':
      return Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
    default:
      return a.valueOf() === b.valueOf();
  }
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) {
    if (a !== 0) return true;
    return strict ? Object.is(a, b) : true;
  }
  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && a !== a && b !== b;
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (a !== a && b !== b);
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  var aTag = '[object ' + tagOf(a) + ']';
  var bTag = '[object ' + tagOf(b) + ']';
  if (aTag !== bTag) return false;

  var keys;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    keys = nonIndexKeys(a, strict);
    if (keys.length !== nonIndexKeys(b, strict).length) return false;
    return keyCheck(a, b, strict, memos, kIsArray, keys);
  }
  if (aTag === '[object Object]' && !isMap(a, aTag) && !isSet(a, aTag)) {
    return keyCheck(a, b, strict, memos, kNoIterator);
  }
  if (aTag === '[object Date]') {
    if (a.getTime() !== b.getTime()) return false;
  } else if (aTag === '[object RegExp]') {
    if (!sameRegExps(a, b)) return false;
  } else if (isError(a, aTag)) {
    if (!isError(b, bTag) || a.message !== b.message || a.name !== b.name) return false;
  } else if (typedArrayTags[aTag] === true) {
    if (!strict && (aTag === '[object Float32Array]' || aTag === '[object Float64Array]')) {
      if (!sameFloats(a, b)) return false;
    } else if (!sameBytes(bytesOf(a), bytesOf(b))) {
      return false;
    }
    keys = typedArrayKeys(a, strict);
    if (keys.length !== typedArrayKeys(b, strict).length) return false;
    return keyCheck(a, b, strict, memos, kNoIterator, keys);
  } else if (isSet(a, aTag)) {
    if (!isSet(b, bTag) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsSet);
  } else if (isMap(a, aTag)) {
    if (!isMap(b, bTag) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsMap);
  } else if (aTag === '[object ArrayBuffer]' || aTag === '[object SharedArrayBuffer]') {
    if (!sameBytes(new Uint8Array(a), new Uint8Array(b))) return false;
  } else if (isBoxed(aTag)) {
    if (!sameBoxed(a, b, aTag)) return false;
  } else if (Array.isArray(b) || isError(b, bTag) || isMap(b, bTag) || isSet(b, bTag)) {
    return false;
  }
  return keyCheck(a, b, strict, memos, kNoIterator);
}

function enumerableCount(obj, keys) {
  var n = 0;
  for (var i = 0; i < keys.length; i++) if (isEnumerable.call(obj, keys[i])) n++;
  return n;
}

function keyCheck(a, b, strict, memos, iterationType, aKeys) {
  var explicitKeys = aKeys !== undefined;
  var i;
  if (!explicitKeys) {
    aKeys = Object.keys(a);
    if (aKeys.length !== Object.keys(b).length) return false;
  }
  for (i = 0; i < aKeys.length; i++) {
    if (!isEnumerable.call(b, aKeys[i])) return false;
  }
  if (strict && !explicitKeys) {
    var symA = getSymbols(a);
    var symB;
    if (symA.length !== 0) {
      var count = 0;
      for (i = 0; i < symA.length; i++) {
        var key = symA[i];
        if (isEnumerable.call(a, key)) {
          if (!isEnumerable.call(b, key)) return false;
          aKeys.push(key);
          count++;
        } else if (isEnumerable.call(b, key)) {
          return false;
        }
      }
      symB = getSymbols(b);
      if (symA.length !== symB.length && enumerableCount(b, symB) !== count) return false;
    } else {
      symB = getSymbols(b);
      if (symB.length !== 0 && enumerableCount(b, symB) !== 0) return false;
    }
  }
  if (aKeys.length === 0 &&
      (iterationType === kNoIterator || (iterationType === kIsArray && a.length === 0) || a.size === 0)) {
    return true;
  }

  // Cycles: a pair already being compared is equal when both sides were
  // entered at the same depth.
  if (memos === undefined) {
    memos = { a: [], b: [], posA: [], posB: [], position: 0 };
  } else {
    var atA = memos.a.lastIndexOf(a);
    if (atA !== -1) {
      var atB = memos.b.lastIndexOf(b);
      if (atB !== -1) return memos.posA[atA] === memos.posB[atB];
    }
    memos.position++;
  }
  memos.a.push(a);
  memos.posA.push(memos.position);
  memos.b.push(b);
  memos.posB.push(memos.position);
  var result = objEquiv(a, b, strict, aKeys, memos, iterationType);
  memos.a.pop();
  memos.posA.pop();
  memos.b.pop();
  memos.posB.pop();
  return result;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  var i;
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsArray) {
    for (i = 0; i < a.length; i++) {
      if (hasOwn.call(a, i)) {
        if (!hasOwn.call(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn.call(b, i)) {
        return false;
      }
    }
  }
  for (i = 0; i < keys.length; i++) {
    var key = keys[i];
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

function isObjectLike(v) {
  return typeof v === 'object' && v !== null;
}

// Removes from `pool` the first entry deep-equal to `value`.
function takeEqual(pool, value, strict, memos) {
  for (var i = 0; i < pool.length; i++) {
    if (innerDeepEqual(pool[i], value, strict, memos)) {
      pool.splice(i, 1);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, strict, memos) {
  // Elements of `a` that `b` does not hold as such: objects, and in loose
  // mode primitives that may equal a different primitive (1 and '1').
  var pool = [];
  var ok = true;
  a.forEach(function (v) {
    if (!ok) return;
    if (isObjectLike(v)) pool.push(v);
    else if (!b.has(v)) {
      if (strict) ok = false;
      else pool.push(v);
    }
  });
  if (!ok) return false;
  if (pool.length === 0) return true;
  b.forEach(function (v) {
    if (!ok) return;
    if (isObjectLike(v)) {
      if (!takeEqual(pool, v, strict, memos)) ok = false;
    } else if (!strict && !a.has(v)) {
      if (!takeEqual(pool, v, strict, memos)) ok = false;
    }
  });
  return ok && pool.length === 0;
}

function mapEquiv(a, b, strict, memos) {
  var pool = [];
  var ok = true;
  a.forEach(function (v, k) {
    if (!ok) return;
    if (isObjectLike(k)) {
      pool.push([k, v]);
    } else {
      var other = b.get(k);
      if ((other === undefined && !b.has(k)) || !innerDeepEqual(v, other, strict, memos)) {
        if (strict) ok = false;
        else pool.push([k, v]);
      }
    }
  });
  if (!ok) return false;
  if (pool.length === 0) return true;
  b.forEach(function (v, k) {
    if (!ok) return;
    var needed = isObjectLike(k) ||
      (!strict && (!a.has(k) || !innerDeepEqual(a.get(k), v, false, memos)));
    if (!needed) return;
    for (var i = 0; i < pool.length; i++) {
      if (innerDeepEqual(pool[i][0], k, strict, memos) && innerDeepEqual(pool[i][1], v, strict, memos)) {
        pool.splice(i, 1);
        return;
      }
    }
    ok = false;
  });
  return ok && pool.length === 0;
}

exports.isDeepEqual = function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, false);
};

exports.isDeepStrictEqual = function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, true);
};
