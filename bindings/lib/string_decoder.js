// string_decoder: bytes arriving in chunks to strings, keeping a character
// split across chunks (UTF-8 sequences, UTF-16 units and surrogate pairs,
// base64 groups of three bytes) until its end arrives, as Node's decoder
// does. At most four bytes are held between writes; the rest of each chunk is
// decoded in C (bindings/buffer_codec.c) in one call.
'use strict';

var binding = internalBinding('buffer');
var v = require('internal/buffer/validate');

var UTF8 = 0, UCS2 = 1, BASE64 = 4, BASE64URL = 5;
var names = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];

function StringDecoder(encoding) {
  var code = encoding == null || encoding === '' ? UTF8 : v.encodingCode(encoding);
  if (code === -1) throw v.unknownEncoding(encoding);
  this.encoding = names[code];
  Object.defineProperty(this, '_code', { value: code, writable: false, enumerable: false });
  // The bytes of an unfinished character and how many more it needs.
  Object.defineProperty(this, '_held', { value: binding.alloc(4), writable: false, enumerable: false });
  Object.defineProperty(this, '_count', { value: 0, writable: true, enumerable: false });
  Object.defineProperty(this, '_missing', { value: 0, writable: true, enumerable: false });
}

// The bytes of any ArrayBuffer view as a Uint8Array.
function bytesOf(buf) {
  if (v.isUint8Array(buf)) return buf;
  if (ArrayBuffer.isView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  throw v.invalidArgType('buf', 'an instance of Buffer, TypedArray, or DataView', buf);
}

function heldString(d) {
  return binding.toString(d._held, d._code, 0, d._count);
}

// Bytes at the end of u8 (from `start`) that begin a character the chunk does
// not finish: sets d._count / d._missing and returns where they start.
function holdTail(d, u8, start, end) {
  var code = d._code;
  var n = end - start;
  var hold = 0, missing = 0;
  if (n === 0) return end;
  if (code === UTF8) {
    if (u8[end - 1] & 0x80) {
      for (var i = end - 1, seen = 1; ; i--, seen++) {
        var c = u8[i];
        if ((c & 0xC0) === 0x80) {
          if (seen >= 4 || i === start) break;
          continue;
        }
        var total = (c & 0xE0) === 0xC0 ? 2 : (c & 0xF0) === 0xE0 ? 3 : (c & 0xF8) === 0xF0 ? 4 : 0;
        if (total > seen) {
          hold = seen;
          missing = total - seen;
        }
        break;
      }
    }
  } else if (code === UCS2) {
    if (n % 2 === 1) {
      hold = 1;
      missing = 1;
    } else if ((u8[end - 1] & 0xFC) === 0xD8) {
      hold = 2;
      missing = 2;
    }
  } else if (code === BASE64 || code === BASE64URL) {
    hold = n % 3;
    missing = hold ? 3 - hold : 0;
  }
  for (var k = 0; k < hold; k++) d._held[k] = u8[end - hold + k];
  d._count = hold;
  d._missing = missing;
  return end - hold;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  var u8 = bytesOf(buf);
  var len = u8.length;
  var start = 0;
  var prefix = '';
  if (this._missing > 0) {
    // Finish the held character with the first bytes of this chunk. A UTF-8
    // byte that cannot continue it ends it: the held bytes decode as they are.
    var take = Math.min(len, this._missing);
    var broken = false;
    for (var i = 0; i < take; i++) {
      if (this._code === UTF8 && (u8[i] & 0xC0) !== 0x80) {
        broken = true;
        break;
      }
      this._held[this._count++] = u8[i];
    }
    start = i;
    this._missing -= i;
    if (!broken && this._missing > 0) return '';
    prefix = heldString(this);
    this._count = 0;
    this._missing = 0;
  } else if (this._count > 0) {
    // Held bytes that need nothing more (cannot happen after a write, kept
    // for safety): flush them first.
    prefix = heldString(this);
    this._count = 0;
  }
  var end = holdTail(this, u8, start, len);
  if (end <= start) return prefix;
  return prefix + binding.toString(u8, this._code, start, end);
};

StringDecoder.prototype.end = function end(buf) {
  var ret = buf === undefined ? '' : this.write(buf);
  if (this._count > 0) ret += heldString(this);
  this._count = 0;
  this._missing = 0;
  return ret;
};

// Node's decoder.text(buf, offset): decode from offset, as write would.
StringDecoder.prototype.text = function text(buf, offset) {
  this._count = 0;
  this._missing = 0;
  var u8 = bytesOf(buf);
  return this.write(u8.subarray(offset));
};

Object.defineProperty(StringDecoder.prototype, 'lastChar', {
  get: function () { return this._held; }, enumerable: false, configurable: true
});
Object.defineProperty(StringDecoder.prototype, 'lastNeed', {
  get: function () { return this._missing; }, enumerable: false, configurable: true
});
Object.defineProperty(StringDecoder.prototype, 'lastTotal', {
  get: function () { return this._count + this._missing; }, enumerable: false, configurable: true
});

exports.StringDecoder = StringDecoder;
