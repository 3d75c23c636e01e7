// Duplex: a Readable that is also a Writable (by instanceof, through
// Writable's Symbol.hasInstance), with allowHalfOpen deciding whether the
// writable side ends when the readable side does.
'use strict';

var util = require('util');
var Readable = require('internal/streams/readable');
var Writable = require('internal/streams/writable');
var defineGetters = require('internal/streams/utils').defineGetters;

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  Readable.call(this, options);
  Writable.call(this, options);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
  } else {
    this.allowHalfOpen = true;
  }
}
util.inherits(Duplex, Readable);

// Writable's methods that Readable does not already provide.
var names = Object.keys(Writable.prototype);
for (var i = 0; i < names.length; i++) {
  if (!Duplex.prototype[names[i]]) Duplex.prototype[names[i]] = Writable.prototype[names[i]];
}

var getters = Writable.getters;
defineGetters(Duplex.prototype, {
  writable: getters.writable,
  writableHighWaterMark: getters.writableHighWaterMark,
  writableObjectMode: getters.writableObjectMode,
  writableBuffer: getters.writableBuffer,
  writableLength: getters.writableLength,
  writableFinished: getters.writableFinished,
  writableCorked: getters.writableCorked,
  writableEnded: getters.writableEnded,
  writableNeedDrain: getters.writableNeedDrain,
  destroyed: {
    get: function () {
      var r = this._readableState;
      var w = this._writableState;
      if (r === undefined || w === undefined) return false;
      return r.destroyed && w.destroyed;
    },
    set: function (value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    }
  }
});

module.exports = Duplex;
