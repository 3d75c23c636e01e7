// Node's Buffer: a Uint8Array whose prototype is Buffer.prototype (which
// inherits Uint8Array.prototype), made here or in C (vm/buffer_core.c) once
// this module registered the prototype. JS checks arguments and raises Node's
// errors; the byte loops are in C (bindings/buffer*.c).
'use strict';

var binding = internalBinding('buffer');
var v = require('internal/buffer/validate');
var numbers = require('internal/buffer/numbers');

var kMaxLength = v.kMaxLength;
var kStringMaxLength = 536870888;
var encodingCode = v.encodingCode;
var isUint8Array = v.isUint8Array;
var isArrayBuffer = v.isArrayBuffer;
var invalidArgType = v.invalidArgType;
var outOfRange = v.outOfRange;
var validateOffset = v.validateOffset;
var validateNumber = v.validateNumber;
var setPrototypeOf = Object.setPrototypeOf;
var subarray = Uint8Array.prototype.subarray;
var UTF8 = 0, UCS2 = 1, LATIN1 = 2, HEX = 6;

var deprecationWarned = false;
function Buffer(arg, encodingOrOffset, length) {
  if (!deprecationWarned) {
    var stack = new Error().stack || '';
    if (String(stack).indexOf('node_modules') === -1) {
      deprecationWarned = true;
      process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
        'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
    }
  }
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw invalidArgType('string', 'of type string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

var proto = Object.create(Uint8Array.prototype);
Object.defineProperty(proto, 'constructor', { value: Buffer, writable: true, configurable: true, enumerable: false });
Buffer.prototype = proto;
setPrototypeOf(Buffer, Uint8Array);
binding.setPrototype(proto);

// A Buffer over the bytes [start, end) of a Uint8Array, sharing its memory.
function view(u8, start, end, prototype) {
  var b = subarray.call(u8, start, end);
  setPrototypeOf(b, prototype || proto);
  return b;
}

function encodingOrThrow(encoding) {
  var code = encodingCode(encoding);
  if (code === -1) throw v.unknownEncoding(encoding);
  return code;
}

// ---- Making Buffers ----

function fromString(string, encoding) {
  var code = UTF8;
  if (typeof encoding === 'string' && encoding.length !== 0) code = encodingOrThrow(encoding);
  return binding.fromString(string, code);
}

function fromArrayBuffer(ab, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (byteOffset !== byteOffset) byteOffset = 0;
  }
  var maxLength = ab.byteLength - byteOffset;
  if (maxLength < 0) throw v.outOfBounds('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw v.outOfBounds('length');
    } else {
      length = 0;
    }
  }
  var b = new Uint8Array(ab, byteOffset, length);
  setPrototypeOf(b, proto);
  return b;
}

function fromArrayLike(obj) {
  if (isUint8Array(obj)) return copyOf(obj);
  if (obj.length <= 0) return binding.alloc(0);
  var b = new Uint8Array(obj);
  setPrototypeOf(b, proto);
  return b;
}

function copyOf(u8) {
  var b = binding.alloc(u8.length);
  binding.copy(u8, 0, u8.length, b, 0);
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || isArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return binding.alloc(0);
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

var toPrimitiveSymbol = typeof Symbol === 'function' ? Symbol.toPrimitive : undefined;

function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    var valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    var b = fromObject(value);
    if (b !== undefined) return b;
    if (toPrimitiveSymbol !== undefined && typeof value[toPrimitiveSymbol] === 'function') {
      var primitive = value[toPrimitiveSymbol]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw v.nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The first argument must be of type string or an ' +
    'instance of Buffer, ArrayBuffer, or Array or an Array-like Object. ' +
    require('internal/util/errors').describeReceived(value));
}
Buffer.from = from;

Buffer.of = function of() {
  var b = binding.alloc(arguments.length);
  for (var i = 0; i < arguments.length; i++) b[i] = arguments[i];
  return b;
};

function validateSafeInteger(value, name) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < 0 || value > 9007199254740991) throw outOfRange(name, '>= 0 && <= 9007199254740991', value);
}

// A copy of the bytes of elements [offset, offset + length) of a TypedArray.
Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || Object.prototype.toString.call(view) === '[object DataView]') {
    throw invalidArgType('view', 'an instance of TypedArray', view);
  }
  var viewLength = view.length;
  if (viewLength === 0) return binding.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateSafeInteger(offset, 'offset');
      if (offset >= viewLength) return binding.alloc(0);
    } else {
      offset = 0;
    }
    var end = viewLength;
    if (length !== undefined) {
      validateSafeInteger(length, 'length');
      end = Math.min(offset + length, viewLength);
    }
    view = view.subarray(offset, end);
  }
  return copyOf(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  var b = binding.alloc(size);
  if (fill !== undefined && fill !== 0 && size > 0) return fillImpl(b, fill, 0, b.length, encoding);
  return b;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return binding.alloc(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return binding.alloc(size);
};

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && encodingCode(encoding) !== -1;
};

Buffer.poolSize = 8 * 1024;

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isArrayBuffer(string)) return string.byteLength;
    throw invalidArgType('string', 'of type string or an instance of Buffer or ArrayBuffer', string);
  }
  if (string.length === 0) return 0;
  var code = encoding ? encodingCode(encoding) : UTF8;
  return binding.byteLength(string, code === -1 ? UTF8 : code);
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw invalidArgType('buf1', 'an instance of Buffer or Uint8Array', buf1);
  if (!isUint8Array(buf2)) throw invalidArgType('buf2', 'an instance of Buffer or Uint8Array', buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw invalidArgType('list', 'an instance of Array', list);
  var n = list.length;
  if (n === 0) return binding.alloc(0);
  var i;
  if (length === undefined) {
    length = 0;
    for (i = 0; i < n; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length', 0, kMaxLength);
  }
  for (i = 0; i < n; i++) {
    if (!isUint8Array(list[i])) throw invalidArgType('list[' + i + ']', 'an instance of Buffer or Uint8Array', list[i]);
  }
  return binding.concat(list, length);
};

// ---- Reading and writing text ----

function toInt(n) {
  n = Math.trunc(n);
  return n === n ? n : 0;
}

proto.toString = function toString(encoding, start, end) {
  var len = this.length;
  if (arguments.length === 0) return binding.toString(this, UTF8, 0, len);
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = toInt(start);
  if (end === undefined || end > len) end = len;
  else end = toInt(end);
  if (end <= start) return '';
  var code = encoding === undefined ? UTF8 : encodingOrThrow(encoding);
  return binding.toString(this, code, start, end);
};

proto.toLocaleString = proto.toString;

proto.write = function write(string, offset, length, encoding) {
  var len = this.length;
  if (offset === undefined) {
    offset = 0;
    length = len;
  } else if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = len;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, len);
    var remaining = len - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, len);
      if (length > remaining) length = remaining;
    }
  }
  var code = !encoding ? UTF8 : encodingOrThrow(encoding);
  if (typeof string !== 'string') {
    throw v.nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  }
  return binding.write(this, string, offset, length, code);
};

// Node's per-encoding shortcuts (buf.utf8Slice(start, end), buf.hexWrite(...)).
v.encodingNames.forEach(function (name) {
  var code = encodingCode(name);
  var key = name === 'utf16le' ? 'ucs2' : name;
  proto[key + 'Slice'] = function slice(start, end) {
    var len = this.length;
    start = start === undefined ? 0 : toInt(start);
    end = end === undefined ? len : toInt(end);
    if (start < 0 || start > len || end > len) throw v.outOfBounds('');
    return end > start ? binding.toString(this, code, start, end) : '';
  };
  proto[key + 'Write'] = function write(string, offset, length) {
    var len = this.length;
    offset = offset === undefined ? 0 : toInt(offset);
    if (offset < 0 || offset > len) throw v.outOfBounds('offset');
    length = length === undefined ? len - offset : toInt(length);
    if (typeof string !== 'string') throw v.nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    return binding.write(this, string, offset, Math.max(0, Math.min(length, len - offset)), code);
  };
});

proto.toJSON = function toJSON() {
  var data = new Array(this.length);
  for (var i = 0; i < data.length; i++) data[i] = this[i];
  return { type: 'Buffer', data: data };
};

// ---- Comparing and searching ----

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) throw invalidArgType('otherBuffer', 'an instance of Buffer or Uint8Array', otherBuffer);
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return binding.compare(this, 0, this.length, otherBuffer, 0, otherBuffer.length) === 0;
};

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw invalidArgType('target', 'an instance of Buffer or Uint8Array', target);
  if (arguments.length === 1) return binding.compare(this, 0, this.length, target, 0, target.length);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart', 0, kMaxLength);
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart', 0, kMaxLength);
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  if (sourceStart > this.length) throw v.nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "sourceStart" is out of range.');
  if (targetStart > target.length) throw v.nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "targetStart" is out of range.');
  return binding.compare(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

function indexOfImpl(buf, value, byteOffset, encoding, forward) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (byteOffset !== byteOffset) byteOffset = forward ? 0 : buf.length;
  byteOffset = Math.trunc(byteOffset);
  if (typeof value === 'number') return binding.indexOf(buf, value >>> 0, byteOffset, forward, 1);
  if (typeof value === 'string') {
    var code = encoding === undefined ? UTF8 : encodingOrThrow(encoding);
    return binding.indexOf(buf, binding.fromString(value, code), byteOffset, forward, code === UCS2 ? 2 : 1);
  }
  if (isUint8Array(value)) return binding.indexOf(buf, value, byteOffset, forward, 1);
  throw invalidArgType('value', 'one of type number or string or an instance of Buffer or Uint8Array', value);
}

proto.indexOf = function indexOf(value, byteOffset, encoding) {
  return indexOfImpl(this, value, byteOffset, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(value, byteOffset, encoding) {
  return indexOfImpl(this, value, byteOffset, encoding, false);
};
proto.includes = function includes(value, byteOffset, encoding) {
  return this.indexOf(value, byteOffset, encoding) !== -1;
};

// ---- Filling and copying ----

function fillImpl(buf, value, offset, end, encoding) {
  var code;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    code = encoding == null ? UTF8 : encodingCode(encoding);
    if (code === -1) {
      if (typeof encoding !== 'string') throw invalidArgType('encoding', 'of type string', encoding);
      throw v.unknownEncoding(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (code === UTF8 && value.charCodeAt(0) < 128) value = value.charCodeAt(0);
      else if (code === LATIN1) value = value.charCodeAt(0) & 255;
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset', 0, kMaxLength);
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  var pattern;
  if (typeof value === 'number') {
    binding.fill(buf, value & 255, offset, end);
    return buf;
  } else if (typeof value === 'string') {
    pattern = binding.fromString(value, code);
  } else if (isUint8Array(value)) {
    pattern = value;
  } else if (ArrayBuffer.isView(value)) {
    pattern = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } else {
    binding.fill(buf, (value >>> 0) & 255, offset, end);
    return buf;
  }
  if (pattern.length === 0) throw v.invalidArgValue('value', value);
  binding.fill(buf, pattern, offset, end);
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return fillImpl(this, value, offset, end, encoding);
};

function toInteger(n, dflt) {
  n = +n;
  if (n === n && n >= -9007199254740991 && n <= 9007199254740991) return n % 1 === 0 ? n : Math.floor(n);
  return dflt;
}

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!ArrayBuffer.isView(this)) throw invalidArgType('source', 'an instance of Buffer or Uint8Array', this);
  if (!ArrayBuffer.isView(target)) throw invalidArgType('target', 'an instance of Buffer or Uint8Array', target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw outOfRange('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.length) {
      throw outOfRange('sourceStart', '>= 0 && <= ' + this.length, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = this.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw outOfRange('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return binding.copy(this, sourceStart, sourceEnd, target, targetStart);
};

// ---- Views ----

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || offset !== offset) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

proto.slice = function slice(start, end) {
  var len = this.length;
  start = adjustOffset(start, len);
  end = end !== undefined ? adjustOffset(end, len) : len;
  return view(this, start, end > start ? end : start);
};

proto.subarray = function (start, end) {
  return view(this, start, end, Object.getPrototypeOf(this));
};
Object.defineProperty(proto.subarray, 'name', { value: 'subarray' });

Object.defineProperty(proto, 'parent', {
  get: function () { return Buffer.isBuffer(this) ? this.buffer : undefined; },
  enumerable: true, configurable: true
});
Object.defineProperty(proto, 'offset', {
  get: function () { return Buffer.isBuffer(this) ? this.byteOffset : undefined; },
  enumerable: true, configurable: true
});

// ---- Byte order ----

function swap(buf, size) {
  if (buf.length % size !== 0) {
    throw v.nodeError(RangeError, 'ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of ' + size * 8 + '-bits');
  }
  binding.swap(buf, size);
  return buf;
}
proto.swap16 = function swap16() { return swap(this, 2); };
proto.swap32 = function swap32() { return swap(this, 4); };
proto.swap64 = function swap64() { return swap(this, 8); };

numbers.addMethods(proto);

// ---- util.inspect ----

var INSPECT_MAX_BYTES = 50;

// The symbol util.inspect.custom is, without loading util.inspect here.
var customInspect = typeof Symbol === 'function' && Symbol['for'] ?
  Symbol['for']('nodejs.util.inspect.custom') : '@@nodejs.util.inspect.custom';
proto[customInspect] = function inspect(recurseTimes, ctx) {
  var max = INSPECT_MAX_BYTES;
  var shown = Math.min(max, this.length);
  var hex = binding.toString(this, HEX, 0, shown);
  var parts = [];
  for (var i = 0; i < hex.length; i += 2) parts.push(hex.slice(i, i + 2));
  var str = parts.join(' ');
  var remaining = this.length - max;
  if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  if (ctx) {
    var keys = require('internal/util/inspect').typedArrayKeys(this, ctx.showHidden);
    if (keys.length > 0) {
      var utilInspect = require('internal/util/inspect').inspect;
      var opts = {};
      for (var k in ctx) opts[k] = ctx[k];
      opts.breakLength = Infinity;
      opts.compact = true;
      var extras = [];
      for (var j = 0; j < keys.length; j++) {
        var o = Object.create(null);
        o[keys[j]] = this[keys[j]];
        var s = utilInspect(o, opts);
        extras.push(s.slice(s.indexOf('{') + 2, -2));
      }
      if (this.length !== 0) str += ', ';
      str += extras.join(', ');
    }
  }
  return '<' + this.constructor.name + ' ' + str + '>';
};
proto.inspect = proto[customInspect];

// ---- The module ----

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return binding.alloc(size);
}
setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
setPrototypeOf(SlowBuffer, Uint8Array);

function isUtf8(input) {
  if (isUint8Array(input) || ArrayBuffer.isView(input)) {
    return binding.isUtf8(new Uint8Array(input.buffer, input.byteOffset, input.byteLength));
  }
  if (isArrayBuffer(input)) return binding.isUtf8(new Uint8Array(input));
  throw invalidArgType('input', 'an instance of ArrayBuffer, Buffer, or TypedArray', input);
}

function isAscii(input) {
  if (isUint8Array(input) || ArrayBuffer.isView(input)) {
    return binding.isAscii(new Uint8Array(input.buffer, input.byteOffset, input.byteLength));
  }
  if (isArrayBuffer(input)) return binding.isAscii(new Uint8Array(input));
  throw invalidArgType('input', 'an instance of ArrayBuffer, Buffer, or TypedArray', input);
}

exports.Buffer = Buffer;
exports.SlowBuffer = SlowBuffer;
exports.isUtf8 = isUtf8;
exports.isAscii = isAscii;
exports.kMaxLength = kMaxLength;
exports.kStringMaxLength = kStringMaxLength;
exports.constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
Object.defineProperty(exports, 'INSPECT_MAX_BYTES', {
  get: function () { return INSPECT_MAX_BYTES; },
  set: function (value) {
    if (typeof value !== 'number') throw invalidArgType('INSPECT_MAX_BYTES', 'of type number', value);
    if (!(value >= 0)) throw outOfRange('INSPECT_MAX_BYTES', '>= 0', value);
    INSPECT_MAX_BYTES = value;
  },
  enumerable: true,
  configurable: true
});
exports.atob = function atob(input) {
  return require('internal/buffer/base64').atob.apply(undefined, arguments);
};
exports.btoa = function btoa(input) {
  return require('internal/buffer/base64').btoa.apply(undefined, arguments);
};
