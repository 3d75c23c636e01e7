// Argument checks and Node's errors for the buffer module: ERR_OUT_OF_RANGE,
// ERR_BUFFER_OUT_OF_BOUNDS, ERR_UNKNOWN_ENCODING, ERR_INVALID_ARG_VALUE, with
// Node's messages; the encoding names and their numbers in the C binding.
'use strict';

var errors = require('internal/util/errors');

var kMaxLength = 4294967296;

// Encoding name (as Node normalises it: lower case) -> number in
// bindings/buffer_codec.h.
var codes = Object.create(null);
codes.utf8 = 0; codes['utf-8'] = 0;
codes.ucs2 = 1; codes['ucs-2'] = 1; codes.utf16le = 1; codes['utf-16le'] = 1;
codes.latin1 = 2; codes.binary = 2;
codes.ascii = 3;
codes.base64 = 4;
codes.base64url = 5;
codes.hex = 6;
var names = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];

// The number of an encoding name, or -1 when Node does not know it.
function encodingCode(enc) {
  var c = codes[enc];
  if (c !== undefined) return c;
  c = codes[String(enc).toLowerCase()];
  return c === undefined ? -1 : c;
}

function inspect(value) {
  return require('internal/util/inspect').inspect(value);
}

// Numbers as Node shows them in range errors: integers beyond 2 ** 32 with
// `_` between groups of three digits.
function showNumber(value) {
  if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) > 4294967296) {
    var s = String(Math.abs(value));
    if (s.indexOf('e') === -1) {
      var out = [];
      for (var end = s.length; end > 0; end -= 3) out.unshift(s.slice(Math.max(0, end - 3), end));
      return (value < 0 ? '-' : '') + out.join('_');
    }
  }
  return inspect(value);
}

function outOfRange(name, range, value) {
  return errors.nodeError(RangeError, 'ERR_OUT_OF_RANGE',
    'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + showNumber(value));
}

function outOfBounds(name) {
  return errors.nodeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS',
    name ? '"' + name + '" is outside of buffer bounds' : 'Attempt to access memory outside buffer bounds');
}

function unknownEncoding(enc) {
  return errors.nodeError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + String(enc));
}

function invalidArgValue(name, value) {
  return errors.nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
    'The argument \'' + name + '\' is invalid. Received ' + inspect(value));
}

function invalidArgType(name, expected, value) {
  return errors.invalidArgType(name, expected, value);
}

var objectToString = Object.prototype.toString;
function isUint8Array(value) {
  return value !== null && typeof value === 'object' && objectToString.call(value) === '[object Uint8Array]';
}

function isArrayBuffer(value) {
  return value !== null && typeof value === 'object' && objectToString.call(value) === '[object ArrayBuffer]';
}

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (value < min || value > max || value !== value) {
    throw outOfRange(name, '>= ' + min + ' && <= ' + max, value);
  }
}

// An integer offset in [min, max] (Node's validateOffset).
function validateOffset(value, name, min, max) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, value);
}

exports.kMaxLength = kMaxLength;
exports.encodingCode = encodingCode;
exports.encodingNames = names;
exports.outOfRange = outOfRange;
exports.outOfBounds = outOfBounds;
exports.unknownEncoding = unknownEncoding;
exports.invalidArgValue = invalidArgValue;
exports.invalidArgType = invalidArgType;
exports.nodeError = errors.nodeError;
exports.isUint8Array = isUint8Array;
exports.isArrayBuffer = isArrayBuffer;
exports.validateNumber = validateNumber;
exports.validateOffset = validateOffset;
