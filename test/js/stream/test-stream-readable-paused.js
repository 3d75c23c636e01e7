// Readable in paused mode: 'readable', read() and read(n) in object mode,
// highWaterMark and the calls to _read(), read(0), and a late 'readable'
// listener.
'use strict';

var common = require('./common');
var Readable = require('stream').Readable;

common.runScenarios({
  readableLoop: function (log, done) {
    var n = 0;
    var r = new Readable({
      objectMode: true,
      highWaterMark: 2,
      read: function (size) {
        log.push('_read ' + size + ' length ' + this.readableLength);
        this.push(n < 5 ? n++ : null);
      }
    });
    r.on('readable', function () {
      log.push('readable length ' + r.readableLength);
      var c;
      while ((c = r.read()) !== null) log.push('got ' + c);
    });
    common.watch(log, 'r', r, ['end', 'close']);
    common.ticks(log, 't', 4);
    r.on('close', done);
  },
  readOneAtATime: function (log, done) {
    var r = new Readable({ objectMode: true, read: function () {} });
    r.push('a');
    r.push('b');
    r.push('c');
    log.push('length ' + r.readableLength);
    r.once('readable', function () {
      log.push('read ' + r.read());
      log.push('length ' + r.readableLength);
      log.push('read ' + r.read());
      r.push(null);
      log.push('read ' + r.read());
      log.push('read ' + r.read());
      log.push('ended ' + r._readableState.ended + ' endEmitted ' + r._readableState.endEmitted);
    });
    common.watch(log, 'r', r, ['end', 'close']);
    r.on('close', done);
  },
  readZero: function (log, done) {
    var calls = 0;
    var r = new Readable({
      objectMode: true,
      read: function () {
        calls++;
        log.push('_read ' + calls);
        if (calls === 3) this.push(null);
      }
    });
    log.push('read(0) ' + r.read(0));
    log.push('read(0) ' + r.read(0));
    setTimeout(function () {
      log.push('reading ' + r._readableState.reading);
      r.push('x');
      log.push('read(0) ' + r.read(0));
      log.push('read() ' + r.read());
      r.on('end', function () { log.push('end'); });
      r.on('close', function () { log.push('close'); });
      r.read();
      setTimeout(done, 10);
    }, 5);
  },
  highWaterMarkFill: function (log, done) {
    var n = 0;
    var r = new Readable({
      objectMode: true,
      highWaterMark: 3,
      read: function () {
        log.push('_read at ' + this.readableLength);
        this.push(n++);
      }
    });
    r.read(0);
    setTimeout(function () {
      log.push('buffered ' + r.readableLength + ' hwm ' + r.readableHighWaterMark);
      log.push('read ' + r.read());
      setTimeout(function () {
        log.push('buffered ' + r.readableLength);
        done();
      }, 5);
    }, 5);
  },
  readableAfterEnd: function (log, done) {
    var r = new Readable({ objectMode: true, read: function () {} });
    r.push(1);
    r.push(null);
    r.on('readable', function () {
      log.push('readable ' + r.read());
    });
    common.watch(log, 'r', r, ['end', 'close']);
    r.on('close', done);
  },
  removeReadableListener: function (log, done) {
    var r = new Readable({ objectMode: true, read: function () {} });
    function onReadable() { log.push('readable'); }
    r.on('readable', onReadable);
    r.on('data', function (d) { log.push('data ' + d); });
    log.push('flowing ' + r.readableFlowing);
    r.removeListener('readable', onReadable);
    log.push('flowing ' + r.readableFlowing);
    process.nextTick(function () {
      log.push('tick flowing ' + r.readableFlowing);
      r.push(1);
      r.push(null);
    });
    r.on('close', function () { log.push('close'); done(); });
  },
  emptyEnd: function (log, done) {
    var r = new Readable({ read: function () { this.push(null); } });
    common.watch(log, 'r', r, ['readable', 'end', 'close']);
    r.on('readable', function () { log.push('read ' + r.read()); });
    r.on('close', done);
  },
  hwmZero: function (log, done) {
    var n = 0;
    var r = new Readable({
      objectMode: true,
      highWaterMark: 0,
      read: function () {
        log.push('_read');
        var self = this;
        process.nextTick(function () { self.push(n < 2 ? n++ : null); });
      }
    });
    r.on('data', function (d) { log.push('data ' + d); });
    common.watch(log, 'r', r, ['end', 'close']);
    r.on('close', done);
  }
}, {
 "readableLoop": [
  "_read 2 length 0",
  "t0",
  "readable length 1",
  "_read 2 length 1",
  "got 0",
  "_read 2 length 1",
  "got 1",
  "_read 2 length 1",
  "got 2",
  "_read 2 length 1",
  "got 3",
  "_read 2 length 1",
  "got 4",
  "t1",
  "readable length 0",
  "readable length 0",
  "r:end",
  "t2",
  "r:close",
  "t3"
 ],
 "readOneAtATime": [
  "length 3",
  "read a",
  "length 2",
  "read b",
  "read c",
  "read null",
  "ended true endEmitted false",
  "r:end",
  "r:close"
 ],
 "readZero": [
  "_read 1",
  "read(0) null",
  "read(0) null",
  "reading true",
  "_read 2",
  "read(0) null",
  "read() x"
 ],
 "highWaterMarkFill": [
  "_read at 0",
  "_read at 1",
  "_read at 2",
  "buffered 3 hwm 3",
  "_read at 3",
  "read 0",
  "buffered 3"
 ],
 "readableAfterEnd": [
  "readable 1",
  "readable null",
  "r:end",
  "r:close"
 ],
 "removeReadableListener": [
  "flowing false",
  "flowing false",
  "tick flowing true",
  "data 1",
  "close"
 ],
 "emptyEnd": [
  "r:readable",
  "read null",
  "r:end",
  "r:close"
 ],
 "hwmZero": [
  "_read",
  "data 0",
  "_read",
  "data 1",
  "_read",
  "r:end",
  "r:close"
 ]
});
