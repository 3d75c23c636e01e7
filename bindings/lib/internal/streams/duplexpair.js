// stream.duplexPair([options]): two Duplex streams joined back to back, so
// that what is written to one is read from the other. A write's callback
// waits until the other side asks for more; ending one side ends the
// other's readable side, and its 'finish' waits for that 'end'.
'use strict';

var util = require('util');
var Duplex = require('internal/streams/duplex');

var kOther = Symbol('kOtherSide');
var kCallback = Symbol('kCallback');

function DuplexSide(options) {
  Duplex.call(this, options);
  this[kOther] = null;
  this[kCallback] = null;
}
util.inherits(DuplexSide, Duplex);

DuplexSide.prototype._read = function _read() {
  var other = this[kOther];
  var callback = other[kCallback];
  if (callback) {
    other[kCallback] = null;
    callback();
  }
};

DuplexSide.prototype._write = function _write(chunk, encoding, callback) {
  if (chunk.length === 0) {
    process.nextTick(callback);
  } else {
    this[kOther].push(chunk);
    this[kCallback] = callback;
  }
};

DuplexSide.prototype._final = function _final(callback) {
  this[kOther].on('end', callback);
  this[kOther].push(null);
};

function duplexPair(options) {
  var a = new DuplexSide(options);
  var b = new DuplexSide(options);
  a[kOther] = b;
  b[kOther] = a;
  return [a, b];
}

module.exports = duplexPair;
