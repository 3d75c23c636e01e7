// TextEncoder and TextDecoder as the WHATWG Encoding standard and Node
// define them, for UTF-8, UTF-16LE and windows-1252 (what 'latin1' and
// 'ascii' name there; Node 20 decodes it as ISO-8859-1, so does duv). The
// byte work is the buffer binding's C codecs.
'use strict';

var binding = internalBinding('buffer');
var errors = require('internal/util/errors');

// The buffer binding's encoding numbers (bindings/buffer_codec.h).
var ENC_UTF8 = 0, ENC_UCS2 = 1, ENC_LATIN1 = 2;

var labels = Object.create(null);
function addLabels(name, list) {
  for (var i = 0; i < list.length; i++) labels[list[i]] = name;
}
addLabels('utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']);
addLabels('utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']);
addLabels('windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
  'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii',
  'windows-1252', 'x-cp1252']);

function bytesOf(input) {
  if (input === undefined) return new Uint8Array(0);
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw errors.nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
}

function concat(a, b) {
  if (a === null || a.length === 0) return b;
  var out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

// Where the last UTF-8 sequence that the bytes do not complete starts (the
// length when they end on a boundary). Lead bytes are never continuation
// bytes, so a split there is always between sequences.
function utf8Boundary(bytes) {
  var n = bytes.length;
  for (var back = 1; back <= 3 && back <= n; back++) {
    var b = bytes[n - back];
    if (b < 0x80) return n;
    if (b >= 0xc0) {
      var need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? n - back : n;
    }
  }
  return n;
}

var loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(^|[^\ud800-\udbff])[\udc00-\udfff]/;
var loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|([^\ud800-\udbff]|^)[\udc00-\udfff]/g;

function invalidData(encoding) {
  return errors.nodeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
    'The encoded data was not valid for encoding ' + encoding);
}

function TextDecoder() {
  var encoding = arguments[0];
  var options = arguments[1];
  if (!(this instanceof TextDecoder)) {
    throw new TypeError("Class constructor TextDecoder cannot be invoked without 'new'");
  }
  var label = encoding === undefined ? 'utf-8' : String(encoding).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase();
  var name = labels[label];
  if (name === undefined) {
    throw errors.nodeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', 'The "' + encoding + '" encoding is not supported');
  }
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw errors.invalidArgType('options', 'of type object', options);
  }
  Object.defineProperty(this, '_state', {
    value: {
      encoding: name,
      fatal: !!(options && options.fatal),
      ignoreBOM: !!(options && options.ignoreBOM),
      pending: null,
      bomChecked: false
    }
  });
}

TextDecoder.prototype.decode = function decode() {
  var input = arguments[0];
  var options = arguments[1];
  var st = this._state;
  var bytes = concat(st.pending, bytesOf(input));
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw errors.invalidArgType('options', 'of type object', options);
  }
  var stream = !!(options && options.stream);
  var end = bytes.length;
  var text;
  if (st.encoding === 'utf-8') {
    if (stream) end = utf8Boundary(bytes);
    if (st.fatal && !binding.isUtf8(end === bytes.length ? bytes : bytes.subarray(0, end))) {
      st.pending = null;
      throw invalidData(st.encoding);
    }
    text = binding.toString(bytes, ENC_UTF8, 0, end);
  } else if (st.encoding === 'utf-16le') {
    end = bytes.length & ~1;
    text = binding.toString(bytes, ENC_UCS2, 0, end);
    // Keep a high surrogate whose pair may come with the next chunk.
    if (stream && text.length > 0) {
      var last = text.charCodeAt(text.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) {
        text = text.slice(0, -1);
        end -= 2;
      }
    }
    if (!stream && end < bytes.length) {
      if (st.fatal) {
        st.pending = null;
        throw invalidData(st.encoding);
      }
      text += '\ufffd';
      end = bytes.length;
    }
    if (loneSurrogate.test(text)) {
      if (st.fatal) {
        st.pending = null;
        throw invalidData(st.encoding);
      }
      text = text.replace(loneSurrogates, function (m, before) {
        return before === undefined ? '\ufffd' : before + '\ufffd';
      });
    }
  } else {
    text = binding.toString(bytes, ENC_LATIN1, 0, end);
  }
  st.pending = end < bytes.length ? new Uint8Array(bytes.subarray(end)) : null;
  if (!st.bomChecked && text.length > 0) {
    st.bomChecked = true;
    if (!st.ignoreBOM && st.encoding !== 'windows-1252' && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  }
  if (!stream) {
    st.pending = null;
    st.bomChecked = false;
  }
  return text;
};

Object.defineProperty(TextDecoder.prototype, 'encoding', {
  get: function () { return this._state.encoding; }, enumerable: true, configurable: true
});
Object.defineProperty(TextDecoder.prototype, 'fatal', {
  get: function () { return this._state.fatal; }, enumerable: true, configurable: true
});
Object.defineProperty(TextDecoder.prototype, 'ignoreBOM', {
  get: function () { return this._state.ignoreBOM; }, enumerable: true, configurable: true
});


if (typeof Symbol === 'function' && Symbol.toStringTag) {
  Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });
}

var inspectCustom = Symbol.for('nodejs.util.inspect.custom');

// util.inspect shows the settings, as Node's do: 'TextDecoder { ... }' and
// '{ encoding: 'utf-8' }'.
function settingsOf(self, fields) {
  var obj = {};
  for (var i = 0; i < fields.length; i++) obj[fields[i]] = self[fields[i]];
  return obj;
}

Object.defineProperty(TextDecoder.prototype, inspectCustom, {
  value: function (depth) {
    if (typeof depth === 'number' && depth < 0) return this;
    return 'TextDecoder ' + require('internal/util/inspect').inspect(settingsOf(this, ['encoding', 'fatal', 'ignoreBOM']));
  },
  writable: true, configurable: true, enumerable: false
});

function TextEncoder() {
  if (!(this instanceof TextEncoder)) {
    throw new TypeError("Class constructor TextEncoder cannot be invoked without 'new'");
  }
}

Object.defineProperty(TextEncoder.prototype, 'encoding', {
  get: function () { return 'utf-8'; }, enumerable: true, configurable: true
});

// A plain Uint8Array of exactly the bytes (lone surrogates as U+FFFD).
function encodeUtf8(input) {
  var buf = binding.fromString(input, ENC_UTF8);
  if (Object.getPrototypeOf(buf) !== Uint8Array.prototype) Object.setPrototypeOf(buf, Uint8Array.prototype);
  return buf;
}

TextEncoder.prototype.encode = function encode(input) {
  return encodeUtf8(input === undefined ? '' : String(input));
};

TextEncoder.prototype.encodeInto = function encodeInto(src, dest) {
  if (!(dest instanceof Uint8Array)) {
    throw errors.nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "dest" argument must be an instance of Uint8Array. ' + errors.describeReceived(dest));
  }
  src = String(src);
  var bytes = binding.fromString(src, ENC_UTF8);
  var written = bytes.length;
  var read = src.length;
  if (written > dest.length) {
    // Only whole characters: back up to the start of a sequence.
    written = dest.length;
    while (written > 0 && (bytes[written] & 0xc0) === 0x80) written--;
    read = binding.toString(bytes, ENC_UTF8, 0, written).length;
  }
  dest.set(written === bytes.length ? bytes : bytes.subarray(0, written));
  return { read: read, written: written };
};

if (typeof Symbol === 'function' && Symbol.toStringTag) {
  Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });
}

Object.defineProperty(TextEncoder.prototype, inspectCustom, {
  value: function (depth, options) {
    if (typeof depth === 'number' && depth < 0) return this;
    return require('internal/util/inspect').inspect(settingsOf(this, ['encoding']), options);
  },
  writable: true, configurable: true, enumerable: false
});

exports.TextDecoder = TextDecoder;
exports.TextEncoder = TextEncoder;
