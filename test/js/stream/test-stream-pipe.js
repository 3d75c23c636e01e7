// Readable.prototype.pipe: backpressure through 'drain', 'pipe'/'unpipe',
// several destinations, end: false, errors on the destination, and the
// legacy Stream.prototype.pipe.
'use strict';

var common = require('./common');
var stream = require('stream');
var Readable = stream.Readable;
var Writable = stream.Writable;

function source(log, items) {
  var i = 0;
  return new Readable({
    objectMode: true,
    highWaterMark: 2,
    read: function () {
      log.push('_read ' + i);
      this.push(i < items ? i++ : null);
    }
  });
}

function sink(log, tag, hwm, async) {
  return new Writable({
    objectMode: true,
    highWaterMark: hwm,
    write: function (c, e, cb) {
      log.push(tag + ' _write ' + c);
      if (async) setImmediate(cb);
      else cb();
    }
  });
}

common.runScenarios({
  backpressure: function (log, done) {
    var r = source(log, 5);
    var w = sink(log, 'w', 1, true);
    common.watch(log, 'r', r, ['end', 'close', 'pause', 'resume']);
    common.watch(log, 'w', w, ['pipe', 'unpipe', 'drain', 'finish', 'close']);
    var ret = r.pipe(w);
    log.push('returns dest ' + (ret === w));
    w.on('close', done);
  },
  syncSink: function (log, done) {
    var r = source(log, 3);
    var w = sink(log, 'w', 16, false);
    common.watch(log, 'w', w, ['finish', 'close']);
    common.watch(log, 'r', r, ['end', 'close']);
    r.pipe(w);
    w.on('close', done);
  },
  endFalse: function (log, done) {
    var r = source(log, 2);
    var w = sink(log, 'w', 16, false);
    common.watch(log, 'w', w, ['finish', 'unpipe', 'close']);
    common.watch(log, 'r', r, ['end', 'close']);
    r.pipe(w, { end: false });
    r.on('close', function () {
      setTimeout(function () {
        log.push('writable ' + w.writable);
        w.end();
        w.on('close', done);
      }, 5);
    });
  },
  twoDestinations: function (log, done) {
    var r = source(log, 3);
    var a = sink(log, 'a', 1, true);
    var b = sink(log, 'b', 1, false);
    r.pipe(a);
    r.pipe(b);
    common.watch(log, 'a', a, ['finish']);
    common.watch(log, 'b', b, ['finish']);
    var n = 0;
    function closed() { if (++n === 2) done(); }
    a.on('close', closed);
    b.on('close', closed);
  },
  unpipe: function (log, done) {
    var r = new Readable({ objectMode: true, read: function () {} });
    var w = sink(log, 'w', 16, false);
    common.watch(log, 'w', w, ['pipe', 'unpipe', 'finish']);
    common.watch(log, 'r', r, ['pause', 'resume']);
    r.pipe(w);
    r.push(1);
    setTimeout(function () {
      r.unpipe(w);
      log.push('flowing ' + r.readableFlowing + ' pipes ' + r._readableState.pipes.length);
      r.push(2);
      log.push('length ' + r.readableLength);
      r.unpipe();
      done();
    }, 5);
  },
  unpipeAll: function (log, done) {
    var r = new Readable({ objectMode: true, read: function () {} });
    var a = sink(log, 'a', 16, false);
    var b = sink(log, 'b', 16, false);
    common.watch(log, 'a', a, ['unpipe']);
    common.watch(log, 'b', b, ['unpipe']);
    r.pipe(a);
    r.pipe(b);
    r.unpipe();
    log.push('pipes ' + r._readableState.pipes.length + ' flowing ' + r.readableFlowing);
    done();
  },
  destError: function (log, done) {
    var r = source(log, 10);
    var w = new Writable({
      objectMode: true,
      write: function (c, e, cb) { log.push('_write ' + c); cb(c === 1 ? new Error('sink broke') : null); }
    });
    common.watch(log, 'w', w, ['unpipe', 'error', 'close']);
    common.watch(log, 'r', r, ['end', 'close', 'pause']);
    r.pipe(w);
    w.on('close', function () {
      setTimeout(function () {
        log.push('r destroyed ' + r.destroyed + ' pipes ' + r._readableState.pipes.length);
        done();
      }, 5);
    });
  },
  destCloses: function (log, done) {
    var r = new Readable({ objectMode: true, read: function () {} });
    var w = sink(log, 'w', 16, false);
    common.watch(log, 'w', w, ['unpipe', 'close']);
    r.pipe(w);
    w.destroy();
    w.on('close', function () {
      log.push('pipes ' + r._readableState.pipes.length);
      done();
    });
  },
  pipeAfterEnd: function (log, done) {
    var r = new Readable({ objectMode: true, read: function () {} });
    r.push(null);
    r.resume();
    r.on('end', function () {
      var w = sink(log, 'w', 16, false);
      common.watch(log, 'w', w, ['finish', 'close']);
      r.pipe(w);
      w.on('close', done);
    });
  },
  legacyPipe: function (log, done) {
    var src = new stream.Stream();
    src.readable = true;
    var dest = new stream.Stream();
    dest.writable = true;
    var n = 0;
    dest.write = function (c) { log.push('write ' + c); return ++n !== 2; };
    dest.end = function () { log.push('dest end'); };
    src.pause = function () { log.push('src pause'); };
    src.resume = function () { log.push('src resume'); };
    dest.on('pipe', function (s) { log.push('pipe ' + (s === src)); });
    log.push('returns ' + (src.pipe(dest) === dest));
    src.emit('data', 'a');
    src.emit('data', 'b');
    dest.emit('drain');
    src.emit('end');
    src.emit('data', 'after end');
    src.emit('close');
    log.push('data listeners ' + src.listenerCount('data'));
    done();
  },
  legacyPipeError: function (log, done) {
    var src = new stream.Stream();
    var dest = new stream.Stream();
    dest.writable = true;
    dest.write = function () { return true; };
    dest.end = function () {};
    src.pipe(dest);
    try {
      src.emit('error', new Error('unhandled'));
    } catch (e) {
      log.push('threw ' + e.message);
    }
    log.push('error listeners ' + src.listenerCount('error'));
    done();
  }
}, {
 "backpressure": [
  "w:pipe",
  "returns dest true",
  "_read 0",
  "r:resume",
  "_read 1",
  "w _write 0",
  "r:pause",
  "_read 2",
  "w:drain",
  "r:resume",
  "_read 3",
  "w _write 1",
  "r:pause",
  "w:drain",
  "r:resume",
  "_read 4",
  "w _write 2",
  "r:pause",
  "w:drain",
  "r:resume",
  "_read 5",
  "w _write 3",
  "r:pause",
  "w:drain",
  "r:resume",
  "w _write 4",
  "r:pause",
  "r:end",
  "r:close",
  "w:finish",
  "w:unpipe",
  "w:close"
 ],
 "syncSink": [
  "_read 0",
  "_read 1",
  "w _write 0",
  "_read 2",
  "w _write 1",
  "_read 3",
  "w _write 2",
  "r:end",
  "w:finish",
  "r:close",
  "w:close"
 ],
 "endFalse": [
  "_read 0",
  "_read 1",
  "w _write 0",
  "_read 2",
  "w _write 1",
  "r:end",
  "w:unpipe",
  "r:close",
  "writable true",
  "w:finish",
  "w:close"
 ],
 "twoDestinations": [
  "_read 0",
  "_read 1",
  "a _write 0",
  "b _write 0",
  "_read 2",
  "_read 3",
  "a _write 1",
  "b _write 1",
  "a _write 2",
  "b _write 2",
  "b:finish",
  "a:finish"
 ],
 "unpipe": [
  "w:pipe",
  "r:resume",
  "w _write 1",
  "r:pause",
  "w:unpipe",
  "flowing false pipes 0",
  "length 1"
 ],
 "unpipeAll": [
  "a:unpipe",
  "b:unpipe",
  "pipes 0 flowing false"
 ],
 "destError": [
  "_read 0",
  "_read 1",
  "_write 0",
  "_read 2",
  "_write 1",
  "r:pause",
  "_read 3",
  "w:unpipe",
  "w:error Error: sink broke",
  "w:close",
  "r destroyed false pipes 0"
 ],
 "destCloses": [
  "w:close",
  "w:unpipe",
  "pipes 0"
 ],
 "pipeAfterEnd": [
  "w:finish",
  "w:close"
 ],
 "legacyPipe": [
  "pipe true",
  "returns true",
  "write a",
  "write b",
  "src pause",
  "src resume",
  "dest end",
  "data listeners 0"
 ],
 "legacyPipeError": [
  "threw unhandled",
  "error listeners 0"
 ]
});
