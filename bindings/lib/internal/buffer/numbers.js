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
  named(read, 'read' + kinds[0] + bits + suffix);
  named(write, 'write' + kinds[0] + bits + suffix);
  for (var i = 0; i < kinds.length; i++) {
    proto['read' + kinds[i] + bits + suffix] = read;
    proto['write' + kinds[i] + bits + suffix] = write;
  }
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
    checkAccess(this, offset, size);
    return readFloat(this, offset, size, le);
  }, 'read' + name + suffix);
  proto['write' + name + suffix] = named(function (value, offset) {
    if (offset === undefined) offset = 0;
    value = +value;
    checkAccess(this, offset, size);
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
