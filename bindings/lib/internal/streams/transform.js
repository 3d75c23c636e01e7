// Transform: a Duplex whose written chunks go through _transform() to the
// readable side; _flush() runs before 'finish' (as _final). A write's
// callback is held back while the readable side is full.
'use strict';

var util = require('util');
var Duplex = require('internal/streams/duplex');
var hwmState = require('internal/streams/state');
var errors = require('internal/streams/errors');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  // A readable highWaterMark of 0 makes the writable side 0 too unless
  // set, so that nothing is buffered ahead of the reader.
  var readableHwm = options ? hwmState.getHighWaterMark(options, 'readableHighWaterMark', true, false) : null;
  if (readableHwm === 0) {
    var copy = {};
    var keys = Object.keys(options);
    for (var i = 0; i < keys.length; i++) copy[keys[i]] = options[keys[i]];
    copy.highWaterMark = null;
    copy.readableHighWaterMark = readableHwm;
    copy.writableHighWaterMark = options.writableHighWaterMark || 0;
    options = copy;
  }
  Duplex.call(this, options);
  // Pushes from _transform() are never inside _read().
  this._readableState.sync = false;
  // The callback of the write in progress, held while the readable side
  // is full; the length of the readable buffer when the write began.
  this._pendingWriteCb = null;
  this._writeCb = null;
  this._readLength = 0;
  this._afterTransform = makeAfterTransform(this);
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', prefinish);
}
util.inherits(Transform, Duplex);

function final(cb) {
  var self = this;
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush(function (er, data) {
      if (er) {
        if (cb) cb(er);
        else self.destroy(er);
        return;
      }
      if (data != null) self.push(data);
      self.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

// A subclass that replaces _final still gets the flush at 'prefinish'.
function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function _transform() {
  throw errors.methodNotImplemented('_transform()');
};

// One callback per stream for _transform(), instead of a closure per write.
function makeAfterTransform(stream) {
  return function afterTransform(err, val) {
    // A second call finds no write in progress: the stream's onwrite then
    // reports ERR_MULTIPLE_CALLBACK.
    var callback = stream._writeCb || stream._writableState.onwrite;
    stream._writeCb = null;
    if (err) {
      callback(err);
      return;
    }
    if (val != null) stream.push(val);
    var r = stream._readableState;
    if (stream._writableState.ended || stream._readLength === r.length || r.length < r.highWaterMark) {
      callback();
    } else {
      stream._pendingWriteCb = callback;
    }
  };
}

Transform.prototype._write = function _write(chunk, encoding, callback) {
  this._writeCb = callback;
  this._readLength = this._readableState.length;
  this._transform(chunk, encoding, this._afterTransform);
};

Transform.prototype._read = function _read() {
  var callback = this._pendingWriteCb;
  if (callback) {
    this._pendingWriteCb = null;
    callback();
  }
};

module.exports = Transform;
