// process.stdout and process.stderr (made on first use): synchronous writes
// to the host's descriptors; not full streams yet.
'use strict';

var binding = internalBinding('process');
var EventEmitter = require('events');
var invalidArgType = require('internal/util/errors').invalidArgType;

function argTypeError(name, expected, value) {
  return invalidArgType(name, expected, value);
}

function makeStdio(fd) {
  var stream = new EventEmitter();
  stream.fd = fd;
  stream.writable = true;
  stream._isStdio = true;
  // As in Node: isTTY, columns and rows exist only on a terminal.
  if (binding.isatty(fd)) {
    stream.isTTY = true;
    var size = binding.winsize(fd);
    stream.columns = size ? size[0] : 0;
    stream.rows = size ? size[1] : 0;
    stream.getWindowSize = function getWindowSize() {
      var now = binding.winsize(fd);
      return now ? now : [0, 0];
    };
  }
  stream.write = function write(chunk, encoding, cb) {
    if (typeof encoding === 'function') cb = encoding;
    if (chunk === null) {
      var nerr = new TypeError('May not write null values to stream');
      nerr.code = 'ERR_STREAM_NULL_VALUES';
      throw nerr;
    }
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      throw argTypeError('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', chunk);
    }
    binding.write(fd, chunk);
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  };
  stream.end = function end(chunk, encoding, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
    if (chunk !== undefined && chunk !== null) stream.write(chunk, encoding);
    if (typeof cb === 'function') process.nextTick(cb);
    return stream;
  };
  stream.cork = function () {};
  stream.uncork = function () {};
  stream.setEncoding = function () { return stream; };
  stream.setDefaultEncoding = function () { return stream; };
  stream.destroy = function () { return stream; };
  return stream;
}

exports.makeStdio = makeStdio;
