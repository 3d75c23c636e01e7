// The shape of require('stream'): the legacy Stream constructor with the
// classes as properties, 'node:stream', 'stream/promises', the ES5
// subclassing pattern, and the highWaterMark defaults.
'use strict';

var common = require('./common');
var stream = require('stream');
var util = require('util');
var EventEmitter = require('events');

common.runScenarios({
  shape: function (log, done) {
    log.push('function ' + (typeof stream));
    log.push('Stream ' + (stream.Stream === stream) + ' node: ' + (require('node:stream') === stream));
    log.push('EventEmitter ' + (new stream() instanceof EventEmitter));
    ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'pipeline', 'finished',
      'destroy', 'isDisturbed', 'isErrored', 'isReadable', '_isUint8Array', '_uint8ArrayToBuffer',
      'getDefaultHighWaterMark', 'setDefaultHighWaterMark'].forEach(function (k) {
      log.push(k + ' ' + typeof stream[k]);
    });
    log.push('Readable inherits Stream ' + (new stream.Readable() instanceof stream));
    log.push('Writable inherits Stream ' + (new stream.Writable() instanceof stream));
    log.push('promises ' + (stream.promises === require('stream/promises')) + ' ' + (require('node:stream/promises') === stream.promises));
    log.push('ReadableState ' + (new stream.Readable()._readableState instanceof stream.Readable.ReadableState));
    log.push('hwm defaults ' + stream.getDefaultHighWaterMark(false) + ' ' + stream.getDefaultHighWaterMark(true));
    done();
  },
  setDefaultHwm: function (log, done) {
    stream.setDefaultHighWaterMark(true, 3);
    log.push('object hwm ' + new stream.Readable({ objectMode: true }).readableHighWaterMark);
    stream.setDefaultHighWaterMark(true, 16);
    try { stream.setDefaultHighWaterMark(false, -1); } catch (e) { log.push(common.describe(e)); }
    done();
  },
  es5Subclass: function (log, done) {
    function Counter(opts) {
      stream.Readable.call(this, opts);
      this.n = 0;
    }
    util.inherits(Counter, stream.Readable);
    Counter.prototype._read = function () {
      this.push(this.n < 3 ? String(this.n++) : null);
    };
    function Upper(opts) {
      stream.Transform.call(this, opts);
    }
    util.inherits(Upper, stream.Transform);
    Upper.prototype._transform = function (chunk, enc, cb) {
      cb(null, chunk.toString().toUpperCase() + 'x');
    };
    function Sink() {
      stream.Writable.call(this, { decodeStrings: false });
      this.got = [];
    }
    util.inherits(Sink, stream.Writable);
    Sink.prototype._write = function (chunk, enc, cb) {
      this.got.push(String(chunk));
      cb();
    };
    var sinkStream = new Sink();
    log.push('Sink instanceof Writable ' + (sinkStream instanceof stream.Writable));
    new Counter().pipe(new Upper()).pipe(sinkStream).on('finish', function () {
      log.push('got ' + sinkStream.got.join(','));
      done();
    });
  },
  instanceofDuplex: function (log, done) {
    var d = new stream.Duplex();
    var r = new stream.Readable();
    log.push('duplex instanceof Writable ' + (d instanceof stream.Writable));
    log.push('readable instanceof Writable ' + (r instanceof stream.Writable));
    log.push('{} instanceof Writable ' + ({} instanceof stream.Writable));
    log.push('plain object with state ' + ({ _writableState: d._writableState } instanceof stream.Writable));
    done();
  },
  predicates: function (log, done) {
    var r = new stream.Readable({ read: function () {} });
    log.push('readable ' + stream.isReadable(r) + ' disturbed ' + stream.isDisturbed(r) + ' errored ' + stream.isErrored(r));
    r.on('error', function () {});
    r.destroy(new Error('x'));
    log.push('readable ' + stream.isReadable(r) + ' disturbed ' + stream.isDisturbed(r) + ' errored ' + stream.isErrored(r));
    var w = new stream.Writable();
    stream.destroy(w, new Error('via stream.destroy'));
    w.on('error', function (e) { log.push('w error ' + e.message); done(); });
  }
}, {
 "shape": [
  "function function",
  "Stream true node: true",
  "EventEmitter true",
  "Readable function",
  "Writable function",
  "Duplex function",
  "Transform function",
  "PassThrough function",
  "pipeline function",
  "finished function",
  "destroy function",
  "isDisturbed function",
  "isErrored function",
  "isReadable function",
  "_isUint8Array function",
  "_uint8ArrayToBuffer function",
  "getDefaultHighWaterMark function",
  "setDefaultHighWaterMark function",
  "Readable inherits Stream true",
  "Writable inherits Stream true",
  "promises true true",
  "ReadableState true",
  "hwm defaults 16384 16"
 ],
 "setDefaultHwm": [
  "object hwm 3",
  "ERR_OUT_OF_RANGE: The value of \"value\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1"
 ],
 "es5Subclass": [
  "Sink instanceof Writable true",
  "got 0x,1x,2x"
 ],
 "instanceofDuplex": [
  "duplex instanceof Writable true",
  "readable instanceof Writable false",
  "{} instanceof Writable false",
  "plain object with state true"
 ],
 "predicates": [
  "readable true disturbed false errored false",
  "readable false disturbed true errored false",
  "w error via stream.destroy"
 ]
});
