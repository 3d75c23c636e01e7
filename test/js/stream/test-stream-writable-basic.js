// Writable: write() return values against highWaterMark, 'drain', write and
// end callbacks, 'prefinish'/'finish'/'close' order, and the state getters.
'use strict';

var common = require('./common');
var Writable = require('stream').Writable;

var EVENTS = ['drain', 'prefinish', 'finish', 'close', 'error'];

function asyncWriter(log, opts) {
  opts = opts || {};
  opts.write = function (chunk, enc, cb) {
    log.push('_write ' + chunk + ' ' + enc);
    setImmediate(cb);
  };
  return new Writable(opts);
}

common.runScenarios({
  syncWrites: function (log, done) {
    var w = new Writable({
      objectMode: true,
      write: function (c, e, cb) { log.push('_write ' + c); cb(); }
    });
    common.watch(log, 'w', w, EVENTS);
    log.push('write ' + w.write('a', function (err) { log.push('cb a ' + err); }));
    log.push('write ' + w.write('b', function (err) { log.push('cb b ' + err); }));
    w.end('c', function (err) { log.push('end cb ' + err); });
    common.ticks(log, 't', 5);
    w.on('close', done);
  },
  drain: function (log, done) {
    var w = asyncWriter(log, { decodeStrings: false, highWaterMark: 3 });
    common.watch(log, 'w', w, EVENTS);
    log.push('write ' + w.write('ab') + ' length ' + w.writableLength + ' needDrain ' + w.writableNeedDrain);
    log.push('write ' + w.write('cd') + ' length ' + w.writableLength + ' needDrain ' + w.writableNeedDrain);
    log.push('write ' + w.write('e') + ' length ' + w.writableLength);
    w.on('drain', function () {
      log.push('drained length ' + w.writableLength + ' needDrain ' + w.writableNeedDrain);
      w.end();
    });
    w.on('close', done);
  },
  objectHwm: function (log, done) {
    var w = asyncWriter(log, { objectMode: true, highWaterMark: 2 });
    common.watch(log, 'w', w, EVENTS);
    for (var i = 0; i < 3; i++) log.push('write ' + w.write(i));
    log.push('hwm ' + w.writableHighWaterMark + ' objectMode ' + w.writableObjectMode);
    log.push('buffer ' + w.writableBuffer.length);
    w.end(function () { log.push('end cb'); });
    log.push('ended ' + w.writableEnded + ' finished ' + w.writableFinished + ' writable ' + w.writable);
    w.on('finish', function () { log.push('finished ' + w.writableFinished); });
    w.on('close', done);
  },
  endWithChunkAsync: function (log, done) {
    var w = asyncWriter(log, { objectMode: true });
    common.watch(log, 'w', w, EVENTS);
    w.write('x', function () { log.push('cb x'); });
    w.end('y', function () { log.push('end cb'); });
    common.ticks(log, 't', 3);
    w.on('close', done);
  },
  endTwice: function (log, done) {
    var w = asyncWriter(log, { objectMode: true });
    common.watch(log, 'w', w, EVENTS);
    w.end(function (e) { log.push('end cb 1 ' + e); });
    w.end(function (e) { log.push('end cb 2 ' + common.describe(e)); });
    w.on('close', function () {
      w.end(function (e) { log.push('end cb 3 ' + common.describe(e)); });
      setTimeout(done, 5);
    });
  },
  emitCloseFalse: function (log, done) {
    var w = new Writable({ objectMode: true, emitClose: false, write: function (c, e, cb) { cb(); } });
    common.watch(log, 'w', w, EVENTS);
    w.end('a');
    w.on('finish', function () {
      setTimeout(function () { log.push('destroyed ' + w.destroyed + ' closed ' + w.closed); done(); }, 5);
    });
  },
  noAutoDestroy: function (log, done) {
    var w = new Writable({ objectMode: true, autoDestroy: false, write: function (c, e, cb) { cb(); } });
    common.watch(log, 'w', w, EVENTS);
    w.end('a');
    w.on('finish', function () {
      setTimeout(function () { log.push('destroyed ' + w.destroyed); done(); }, 5);
    });
  },
  decodeStringsFalse: function (log, done) {
    var w = new Writable({
      decodeStrings: false,
      defaultEncoding: 'latin1',
      write: function (c, e, cb) { log.push('_write ' + typeof c + ' ' + c + ' ' + e); cb(); }
    });
    w.write('abc');
    w.write('def', 'hex');
    w.end();
    w.on('finish', done);
  },
  writevBatch: function (log, done) {
    var w = new Writable({
      objectMode: true,
      write: function (c, e, cb) { log.push('_write ' + c); setImmediate(cb); },
      writev: function (chunks, cb) {
        log.push('_writev ' + chunks.map(function (x) { return x.chunk; }).join(','));
        setImmediate(cb);
      }
    });
    common.watch(log, 'w', w, EVENTS);
    w.write(1, function () { log.push('cb 1'); });
    w.write(2, function () { log.push('cb 2'); });
    w.write(3, function () { log.push('cb 3'); });
    w.end(4, function () { log.push('end cb'); });
    w.on('close', done);
  },
  cork: function (log, done) {
    var w = new Writable({
      objectMode: true,
      writev: function (chunks, cb) {
        log.push('_writev ' + chunks.map(function (x) { return x.chunk; }).join(','));
        cb();
      }
    });
    common.watch(log, 'w', w, EVENTS);
    w.cork();
    w.cork();
    w.write('a');
    w.write('b');
    log.push('corked ' + w.writableCorked);
    w.uncork();
    log.push('corked ' + w.writableCorked);
    w.uncork();
    log.push('corked ' + w.writableCorked);
    w.cork();
    w.write('c');
    w.write('d');
    w.end('e');
    log.push('corked after end ' + w.writableCorked);
    w.on('close', done);
  },
  writeOnlyWritev: function (log, done) {
    var w = new Writable({
      objectMode: true,
      writev: function (chunks, cb) {
        log.push('_writev ' + chunks.length + ' ' + chunks[0].chunk + ' ' + chunks[0].encoding);
        cb();
      }
    });
    w.write('z');
    w.end();
    w.on('finish', done);
  }
}, {
 "syncWrites": [
  "_write a",
  "write true",
  "_write b",
  "write true",
  "_write c",
  "w:prefinish",
  "cb a null",
  "cb b null",
  "t0",
  "end cb null",
  "w:finish",
  "t1",
  "w:close",
  "t2",
  "t3",
  "t4"
 ],
 "drain": [
  "_write ab utf8",
  "write true length 2 needDrain false",
  "write false length 4 needDrain true",
  "write false length 5",
  "_write cd utf8",
  "_write e utf8",
  "w:drain",
  "drained length 0 needDrain false",
  "w:prefinish",
  "w:finish",
  "w:close"
 ],
 "objectHwm": [
  "_write 0 undefined",
  "write true",
  "write false",
  "write false",
  "hwm 2 objectMode true",
  "buffer 2",
  "ended true finished false writable false",
  "_write 1 undefined",
  "_write 2 undefined",
  "w:prefinish",
  "end cb",
  "w:finish",
  "finished true",
  "w:close"
 ],
 "endWithChunkAsync": [
  "_write x null",
  "t0",
  "t1",
  "t2",
  "_write y null",
  "cb x",
  "w:prefinish",
  "end cb",
  "w:finish",
  "w:close"
 ],
 "endTwice": [
  "w:prefinish",
  "end cb 1 null",
  "end cb 2 null",
  "w:finish",
  "w:close",
  "end cb 3 ERR_STREAM_ALREADY_FINISHED: Cannot call end after a stream was finished"
 ],
 "emitCloseFalse": [
  "w:prefinish",
  "w:finish",
  "destroyed true closed true"
 ],
 "noAutoDestroy": [
  "w:prefinish",
  "w:finish",
  "destroyed false"
 ],
 "decodeStringsFalse": [
  "_write string abc latin1",
  "_write string def hex"
 ],
 "writevBatch": [
  "_write 1",
  "_writev 2,3,4",
  "cb 1",
  "cb 2",
  "cb 3",
  "w:prefinish",
  "end cb",
  "w:finish",
  "w:close"
 ],
 "cork": [
  "corked 2",
  "corked 1",
  "_writev a,b",
  "corked 0",
  "_writev c,d,e",
  "w:prefinish",
  "corked after end 0",
  "w:finish",
  "w:close"
 ],
 "writeOnlyWritev": [
  "_writev 1 z undefined"
 ]
});
