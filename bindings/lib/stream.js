// require('stream'): the legacy Stream constructor, carrying the streams3
// classes and helpers as properties, as in Node.
'use strict';

var Buffer = require('buffer').Buffer;

var Stream = require('internal/streams/legacy').Stream;
var Readable = require('internal/streams/readable');
var Writable = require('internal/streams/writable');
var Duplex = require('internal/streams/duplex');
var Transform = require('internal/streams/transform');
var PassThrough = require('internal/streams/passthrough');
var eos = require('internal/streams/end-of-stream');
var pipeline = require('internal/streams/pipeline');
var destroyImpl = require('internal/streams/destroy');
var hwmState = require('internal/streams/state');
var utils = require('internal/streams/utils');

var customPromisify = Symbol['for']('nodejs.util.promisify.custom');

Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.isDestroyed = utils.isDestroyed;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.pipeline = pipeline;
Stream.finished = eos;
Stream.destroy = destroyImpl.destroyer;
Stream.getDefaultHighWaterMark = hwmState.getDefaultHighWaterMark;
Stream.setDefaultHighWaterMark = hwmState.setDefaultHighWaterMark;

Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get: function () {
    return require('stream/promises');
  }
});

Object.defineProperty(pipeline, customPromisify, {
  enumerable: true,
  get: function () {
    return require('stream/promises').pipeline;
  }
});

Object.defineProperty(eos, customPromisify, {
  enumerable: true,
  get: function () {
    return require('stream/promises').finished;
  }
});

// Backwards-compatible: require('stream').Stream is require('stream').
Stream.Stream = Stream;

Stream._isUint8Array = function _isUint8Array(value) {
  return value instanceof Uint8Array;
};
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};

module.exports = Stream;
