// Less common paths: unshift from a 'readable' handler (the parser
// pattern), highWaterMark 0 with 'readable', a Transform with
// readableHighWaterMark 0, writev errors, destroy with a write in flight,
// async pushes with 'readable', and end() while corked.
'use strict';

var common = require('./common');
var stream = require('stream');
var Readable = stream.Readable;
var Writable = stream.Writable;
var Transform = stream.Transform;

common.runScenarios({
  parserUnshift: function (log, done) {
    var r = new Readable({ read: function () {} });
    r.push('head|body1');
    r.push('body2');
    r.push(null);
    var headerDone = false;
    r.on('readable', function () {
      var chunk;
      while ((chunk = r.read()) !== null) {
        var s = chunk.toString();
        if (!headerDone) {
          var i = s.indexOf('|');
          log.push('header ' + s.slice(0, i));
          headerDone = true;
          r.unshift(Buffer.from(s.slice(i + 1)));
        } else {
          log.push('body ' + s);
        }
      }
    });
    r.on('end', function () { log.push('end'); done(); });
  },
  hwmZeroReadable: function (log, done) {
    var n = 0;
    var r = new Readable({
      objectMode: true,
      highWaterMark: 0,
      read: function () {
        log.push('_read');
        var self = this;
        setImmediate(function () { self.push(n < 2 ? 'v' + n++ : null); });
      }
    });
    r.on('readable', function () {
      var v;
      while ((v = r.read()) !== null) log.push('read ' + v);
      log.push('readable done');
    });
    r.on('end', function () { log.push('end'); done(); });
  },
  transformReadableHwmZero: function (log, done) {
    var t = new Transform({
      objectMode: true,
      readableHighWaterMark: 0,
      transform: function (c, e, cb) { log.push('_transform ' + c); cb(null, c); }
    });
    log.push('hwm ' + t.readableHighWaterMark + ' ' + t.writableHighWaterMark);
    log.push('write ' + t.write(1));
    log.push('write ' + t.write(2));
    setTimeout(function () {
      log.push('read ' + t.read());
      setTimeout(function () { log.push('read ' + t.read()); done(); }, 5);
    }, 5);
  },
  writevError: function (log, done) {
    var w = new Writable({
      objectMode: true,
      write: function (c, e, cb) { setImmediate(cb); },
      writev: function (chunks, cb) { log.push('_writev ' + chunks.length); cb(new Error('writev failed')); }
    });
    common.watch(log, 'w', w, ['error', 'close']);
    w.write(1, function (e) { log.push('cb 1 ' + common.describe(e)); });
    w.write(2, function (e) { log.push('cb 2 ' + common.describe(e)); });
    w.write(3, function (e) { log.push('cb 3 ' + common.describe(e)); });
    w.on('close', function () { setTimeout(done, 5); });
  },
  destroyInFlight: function (log, done) {
    var pending = null;
    var w = new Writable({
      objectMode: true,
      write: function (c, e, cb) { log.push('_write ' + c); pending = cb; }
    });
    common.watch(log, 'w', w, ['error', 'close', 'finish']);
    w.write(1, function (e) { log.push('cb 1 ' + common.describe(e)); });
    w.write(2, function (e) { log.push('cb 2 ' + common.describe(e)); });
    w.destroy();
    setTimeout(function () {
      log.push('late callback');
      pending();
      setTimeout(done, 5);
    }, 5);
  },
  asyncReadable: function (log, done) {
    var n = 0;
    var r = new Readable({
      objectMode: true,
      highWaterMark: 2,
      read: function () {
        var self = this;
        log.push('_read');
        setTimeout(function () { self.push(n < 3 ? n++ : null); }, 1);
      }
    });
    r.on('readable', function () {
      log.push('readable ' + r.readableLength);
      var v;
      while ((v = r.read()) !== null) log.push('read ' + v);
    });
    common.watch(log, 'r', r, ['end', 'close']);
    r.on('close', done);
  },
  endWhileCorked: function (log, done) {
    var w = new Writable({
      objectMode: true,
      writev: function (chunks, cb) { log.push('_writev ' + chunks.map(function (c) { return c.chunk; }).join(',')); cb(); }
    });
    common.watch(log, 'w', w, ['finish', 'close']);
    w.cork();
    w.write('a');
    w.write('b');
    w.end();
    log.push('corked ' + w.writableCorked);
    w.on('close', done);
  },
  pauseInReadable: function (log, done) {
    var r = new Readable({ objectMode: true, read: function () {} });
    r.on('readable', function () {
      log.push('readable');
      r.pause();
      log.push('read ' + r.read());
    });
    r.push(1);
    r.push(2);
    r.push(null);
    common.watch(log, 'r', r, ['end', 'close', 'pause']);
    setTimeout(done, 10);
  },
  readMoreThanBuffered: function (log, done) {
    var r = new Readable({ read: function () {} });
    r.push('abc');
    log.push('read(5) ' + r.read(5));
    log.push('needReadable ' + r._readableState.needReadable);
    r.push('de');
    r.once('readable', function () {
      log.push('readable ' + r.readableLength);
      log.push('read(5) ' + r.read(5));
      done();
    });
  },
  finishedOnPipeline: function (log, done) {
    var r = Readable.from([1, 2]);
    var t = new Transform({ objectMode: true, transform: function (c, e, cb) { cb(null, c); } });
    var w = new Writable({ objectMode: true, write: function (c, e, cb) { log.push('w ' + c); cb(); } });
    stream.finished(t, function (err) { log.push('t finished ' + err); });
    stream.finished(w, function (err) { log.push('w finished ' + err); done(); });
    r.pipe(t).pipe(w);
  }
}, {
 "parserUnshift": [
  "header head",
  "body body1body2",
  "end"
 ],
 "hwmZeroReadable": [
  "_read",
  "read v0",
  "_read",
  "readable done",
  "read v1",
  "_read",
  "readable done",
  "readable done",
  "end"
 ],
 "transformReadableHwmZero": [
  "hwm 0 0",
  "_transform 1",
  "write false",
  "write false",
  "read 1",
  "_transform 2",
  "read 2"
 ],
 "writevError": [
  "_writev 2",
  "cb 1 null",
  "cb 2 Error: writev failed",
  "cb 3 Error: writev failed",
  "w:error Error: writev failed",
  "w:close"
 ],
 "destroyInFlight": [
  "_write 1",
  "w:close",
  "late callback",
  "cb 1 null",
  "cb 2 ERR_STREAM_DESTROYED: Cannot call write after a stream was destroyed"
 ],
 "asyncReadable": [
  "_read",
  "readable 1",
  "_read",
  "read 0",
  "readable 1",
  "_read",
  "read 1",
  "readable 1",
  "_read",
  "read 2",
  "readable 0",
  "r:end",
  "r:close"
 ],
 "endWhileCorked": [
  "_writev a,b",
  "corked 0",
  "w:finish",
  "w:close"
 ],
 "pauseInReadable": [
  "readable",
  "read 1"
 ],
 "readMoreThanBuffered": [
  "read(5) null",
  "needReadable true",
  "readable 5",
  "read(5) abcde"
 ],
 "finishedOnPipeline": [
  "w 1",
  "w 2",
  "t finished undefined",
  "w finished undefined"
 ]
});
