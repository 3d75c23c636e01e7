// Buffer.prototype's number methods: read/write of 8 to 48-bit integers in
// both byte orders (signed or not, with their Uint aliases) and of floats and
// doubles, with Node's checks and messages. The bytes move in C
// (bindings/buffer_number.c).
'use strict';

var binding = internalBinding('buffer');
var v = require('internal/buffer/validate');
var readInt = binding.readInt;
var writeInt = binding.writeInt;
var readFloat = binding.readFloat;
var writeFloat = binding.writeFloat;

// Methods keep Node's names (the Uint aliases are the same functions).
function named(fn, name) {
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
  return fn;
}

function checkOffsetType(offset, name) {
  if (typeof offset !== 'number') throw v.invalidArgType(name || 'offset', 'of type number', offset);
}

// Node's error for an offset (or byteLength, then `type`) that does not fit.
function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    checkOffsetType(value, type);
    throw v.outOfRange(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw v.outOfBounds();
  throw v.outOfRange(type || 'offset', '>= ' + (type ? 1 : 0) + ' and <= ' + length, value);
}

// The offset of an access of n bytes, checked.
function checkAccess(buf, offset, n) {
  checkOffsetType(offset);
  if (!(offset >= 0 && offset + n <= buf.length && Math.floor(offset) === offset)) {
    boundsError(offset, buf.length - n);
  }
}

function checkByteLength(byteLength) {
  if (!(byteLength >= 1 && byteLength <= 6 && Math.floor(byteLength) === byteLength)) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

// Node's wording of the range of an n-byte integer.
function rangeText(n, signed, min, max) {
  if (n > 4) {
    var bits = n * 8;
    return signed ? '>= -(2 ** ' + (bits - 1) + ') and < 2 ** ' + (bits - 1) : '>= 0 and < 2 ** ' + bits;
  }
  return '>= ' + min + ' and <= ' + max;
}

function limits(n, signed) {
  var span = Math.pow(2, 8 * n);
  return signed ? [-span / 2, span / 2 - 1] : [0, span - 1];
}

function writeChecked(buf, value, offset, n, le, signed) {
  value = +value;
  var lim = limits(n, signed);
  if (n === 1) checkOffsetType(offset);
  if (value > lim[1] || value < lim[0]) throw v.outOfRange('value', rangeText(n, signed, lim[0], lim[1]), value);
  checkAccess(buf, offset, n);
  writeInt(buf, offset, n, le, value);
  return offset + n;
}

function defineFixed(proto, n, le, signed) {
  var bits = String(n * 8);
  var suffix = n === 1 ? '' : le ? 'LE' : 'BE';
  var read = function (offset) {
    if (offset === undefined) offset = 0;
    checkAccess(this, offset, n);
    return readInt(this, offset, n, le, signed);
  };
  var write = function (value, offset) {
    if (offset === undefined) offset = 0;
    return writeChecked(this, value, offset, n, le, signed);
  };
  var kinds = signed ? ['Int'] : ['UInt', 'Uint'];
  var readName = 'read' + kinds[0] + bits + suffix;
  var writeName = 'write' + kinds[0] + bits + suffix;
  if (fast[readName] !== undefined) read = fast[readName];
  if (fast[writeName] !== undefined) write = fast[writeName];
  named(read, readName);
  named(write, writeName);
  for (var i = 0; i < kinds.length; i++) {
    proto['read' + kinds[i] + bits + suffix] = read;
    proto['write' + kinds[i] + bits + suffix] = write;
  }
}

// The 1, 2 and 4-byte methods are the hot ones (binary parsers call them per
// field). Written out so that the usual case touches only `this` and the
// arguments (in Duktape a variable of an enclosing function is looked up by
// name): an offset that is a number with both end bytes inside the buffer
// (an index that is fractional, negative or past the end reads undefined),
// then byte arithmetic, which costs less than a call into C. Anything else
// goes the checked way, which throws Node's errors.
var fast = {
  readUInt8: function (offset) {
    if (offset === undefined) offset = 0;
    var a = typeof offset === 'number' ? this[offset] : undefined;
    if (a === undefined) return slowRead(this, offset, 1, false, false);
    return a;
  },
  readInt8: function (offset) {
    if (offset === undefined) offset = 0;
    var a = typeof offset === 'number' ? this[offset] : undefined;
    if (a === undefined) return slowRead(this, offset, 1, false, true);
    return (a << 24) >> 24;
  },
  readUInt16LE: function (offset) {
    if (offset === undefined) offset = 0;
    var a = typeof offset === 'number' ? this[offset] : undefined;
    var b = this[offset + 1];
    if (a === undefined || b === undefined) return slowRead(this, offset, 2, true, false);
    return a | (b << 8);
  },
  readUInt16BE: function (offset) {
    if (offset === undefined) offset = 0;
    var a = typeof offset === 'number' ? this[offset] : undefined;
    var b = this[offset + 1];
    if (a === undefined || b === undefined) return slowRead(this, offset, 2, false, false);
    return (a << 8) | b;
  },
  readInt16LE: function (offset) {
    if (offset === undefined) offset = 0;
    var a = typeof offset === 'number' ? this[offset] : undefined;
    var b = this[offset + 1];
    if (a === undefined || b === undefined) return slowRead(this, offset, 2, true, true);
    return ((a | (b << 8)) << 16) >> 16;
  },
  readInt16BE: function (offset) {
    if (offset === undefined) offset = 0;
    var a = typeof offset === 'number' ? this[offset] : undefined;
    var b = this[offset + 1];
    if (a === undefined || b === undefined) return slowRead(this, offset, 2, false, true);
    return (((a << 8) | b) << 16) >> 16;
  },
  readUInt32LE: function (offset) {
    if (offset === undefined) offset = 0;
    var a = typeof offset === 'number' ? this[offset] : undefined;
    var d = this[offset + 3];
    if (a === undefined || d === undefined) return slowRead(this, offset, 4, true, false);
    return (a | (this[offset + 1] << 8) | (this[offset + 2] << 16)) + d * 0x1000000;
  },
  readUInt32BE: function (offset) {
    if (offset === undefined) offset = 0;
    var a = typeof offset === 'number' ? this[offset] : undefined;
    var d = this[offset + 3];
    if (a === undefined || d === undefined) return slowRead(this, offset, 4, false, false);
    return a * 0x1000000 + ((this[offset + 1] << 16) | (this[offset + 2] << 8) | d);
  },
  readInt32LE: function (offset) {
    if (offset === undefined) offset = 0;
    var a = typeof offset === 'number' ? this[offset] : undefined;
    var d = this[offset + 3];
    if (a === undefined || d === undefined) return slowRead(this, offset, 4, true, true);
    return a | (this[offset + 1] << 8) | (this[offset + 2] << 16) | (d << 24);
  },
  readInt32BE: function (offset) {
    if (offset === undefined) offset = 0;
    var a = typeof offset === 'number' ? this[offset] : undefined;
    var d = this[offset + 3];
    if (a === undefined || d === undefined) return slowRead(this, offset, 4, false, true);
    return (a << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | d;
  },
  // Writes: the value in range, then stores (a Uint8Array store keeps the
  // low 8 bits, as Node's writes do).
  writeUInt8: function (value, offset) {
    if (offset === undefined) offset = 0;
    value = +value;
    if (!(value >= 0 && value <= 255) || typeof offset !== 'number' || this[offset] === undefined) {
      return writeChecked(this, value, offset, 1, false, false);
    }
    this[offset] = value;
    return offset + 1;
  },
  writeInt8: function (value, offset) {
    if (offset === undefined) offset = 0;
    value = +value;
    if (!(value >= -128 && value <= 127) || typeof offset !== 'number' || this[offset] === undefined) {
      return writeChecked(this, value, offset, 1, false, true);
    }
    this[offset] = value;
    return offset + 1;
  },
  writeUInt16LE: function (value, offset) {
    if (offset === undefined) offset = 0;
    value = +value;
    if (!(value >= 0 && value <= 0xffff) || typeof offset !== 'number' || this[offset] === undefined ||
        this[offset + 1] === undefined) {
      return writeChecked(this, value, offset, 2, true, false);
    }
    this[offset] = value;
    this[offset + 1] = value >>> 8;
    return offset + 2;
  },
  writeUInt16BE: function (value, offset) {
    if (offset === undefined) offset = 0;
    value = +value;
    if (!(value >= 0 && value <= 0xffff) || typeof offset !== 'number' || this[offset] === undefined ||
        this[offset + 1] === undefined) {
      return writeChecked(this, value, offset, 2, false, false);
    }
    this[offset] = value >>> 8;
    this[offset + 1] = value;
    return offset + 2;
  },
  writeInt16LE: function (value, offset) {
    if (offset === undefined) offset = 0;
    value = +value;
    if (!(value >= -0x8000 && value <= 0x7fff) || typeof offset !== 'number' || this[offset] === undefined ||
        this[offset + 1] === undefined) {
      return writeChecked(this, value, offset, 2, true, true);
    }
    this[offset] = value;
    this[offset + 1] = value >>> 8;
    return offset + 2;
  },
  writeInt16BE: function (value, offset) {
    if (offset === undefined) offset = 0;
    value = +value;
    if (!(value >= -0x8000 && value <= 0x7fff) || typeof offset !== 'number' || this[offset] === undefined ||
        this[offset + 1] === undefined) {
      return writeChecked(this, value, offset, 2, false, true);
    }
    this[offset] = value >>> 8;
    this[offset + 1] = value;
    return offset + 2;
  },
  writeUInt32LE: function (value, offset) {
    if (offset === undefined) offset = 0;
    value = +value;
    if (!(value >= 0 && value <= 0xffffffff) || typeof offset !== 'number' || this[offset] === undefined ||
        this[offset + 3] === undefined) {
      return writeChecked(this, value, offset, 4, true, false);
    }
    this[offset] = value;
    this[offset + 1] = value >>> 8;
    this[offset + 2] = value >>> 16;
    this[offset + 3] = value >>> 24;
    return offset + 4;
  },
  writeUInt32BE: function (value, offset) {
    if (offset === undefined) offset = 0;
    value = +value;
    if (!(value >= 0 && value <= 0xffffffff) || typeof offset !== 'number' || this[offset] === undefined ||
        this[offset + 3] === undefined) {
      return writeChecked(this, value, offset, 4, false, false);
    }
    this[offset] = value >>> 24;
    this[offset + 1] = value >>> 16;
    this[offset + 2] = value >>> 8;
    this[offset + 3] = value;
    return offset + 4;
  },
  writeInt32LE: function (value, offset) {
    if (offset === undefined) offset = 0;
    value = +value;
    if (!(value >= -0x80000000 && value <= 0x7fffffff) || typeof offset !== 'number' ||
        this[offset] === undefined || this[offset + 3] === undefined) {
      return writeChecked(this, value, offset, 4, true, true);
    }
    this[offset] = value;
    this[offset + 1] = value >>> 8;
    this[offset + 2] = value >>> 16;
    this[offset + 3] = value >>> 24;
    return offset + 4;
  },
  writeInt32BE: function (value, offset) {
    if (offset === undefined) offset = 0;
    value = +value;
    if (!(value >= -0x80000000 && value <= 0x7fffffff) || typeof offset !== 'number' ||
        this[offset] === undefined || this[offset + 3] === undefined) {
      return writeChecked(this, value, offset, 4, false, true);
    }
    this[offset] = value >>> 24;
    this[offset + 1] = value >>> 16;
    this[offset + 2] = value >>> 8;
    this[offset + 3] = value;
    return offset + 4;
  }
};

// The checked read: throws Node's error for the offset (it always does when
// the fast path gave up).
function slowRead(buf, offset, n, le, signed) {
  checkAccess(buf, offset, n);
  return readInt(buf, offset, n, le, signed);
}

function defineVariable(proto, le, signed) {
  var suffix = le ? 'LE' : 'BE';
  var read = function (offset, byteLength) {
    if (offset === undefined) throw v.invalidArgType('offset', 'of type number', offset);
    checkByteLength(byteLength);
    checkAccess(this, offset, byteLength);
    return readInt(this, offset, byteLength, le, signed);
  };
  var write = function (value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeChecked(this, value, offset, byteLength, le, signed);
  };
  var kinds = signed ? ['Int'] : ['UInt', 'Uint'];
  named(read, 'read' + kinds[0] + suffix);
  named(write, 'write' + kinds[0] + suffix);
  for (var i = 0; i < kinds.length; i++) {
    proto['read' + kinds[i] + suffix] = read;
    proto['write' + kinds[i] + suffix] = write;
  }
}

function defineFloat(proto, name, size, le) {
  var suffix = le ? 'LE' : 'BE';
  proto['read' + name + suffix] = named(function (offset) {
    if (offset === undefined) offset = 0;
    if (!(typeof offset === 'number' && offset >= 0 && offset <= this.length - size && offset % 1 === 0)) {
      checkAccess(this, offset, size);
    }
    return readFloat(this, offset, size, le);
  }, 'read' + name + suffix);
  proto['write' + name + suffix] = named(function (value, offset) {
    if (offset === undefined) offset = 0;
    value = +value;
    if (!(typeof offset === 'number' && offset >= 0 && offset <= this.length - size && offset % 1 === 0)) {
      checkAccess(this, offset, size);
    }
    writeFloat(this, offset, size, le, value);
    return offset + size;
  }, 'write' + name + suffix);
}

exports.addMethods = function addMethods(proto) {
  defineFixed(proto, 1, false, false);
  defineFixed(proto, 1, false, true);
  [2, 4].forEach(function (n) {
    [true, false].forEach(function (le) {
      defineFixed(proto, n, le, false);
      defineFixed(proto, n, le, true);
    });
  });
  [true, false].forEach(function (le) {
    defineVariable(proto, le, false);
    defineVariable(proto, le, true);
    defineFloat(proto, 'Float', 4, le);
    defineFloat(proto, 'Double', 8, le);
  });
};
