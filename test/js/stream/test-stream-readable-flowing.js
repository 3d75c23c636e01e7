// Readable in flowing mode: 'data', 'end' and 'close' order against
// nextTick, pause()/resume(), readableFlowing and isPaused().
'use strict';

var common = require('./common');
var Readable = require('stream').Readable;

var EVENTS = ['data', 'end', 'close', 'pause', 'resume', 'readable', 'error'];

common.runScenarios({
  pushBeforeListen: function (log, done) {
    var r = new Readable({ objectMode: true, read: function () {} });
    r.push('a');
    r.push('b');
    r.push(null);
    common.watch(log, 'r', r, EVENTS.filter(function (e) { return e !== 'readable'; }));
    common.ticks(log, 't', 6);
    r.on('close', done);
  },
  pushInRead: function (log, done) {
    var n = 0;
    var r = new Readable({
      objectMode: true,
      read: function () {
        log.push('read ' + n);
        if (n < 3) this.push(n++);
        else this.push(null);
      }
    });
    common.watch(log, 'r', r, ['data', 'end', 'close', 'resume']);
    common.ticks(log, 't', 8);
    r.on('close', done);
  },
  asyncPush: function (log, done) {
    var n = 0;
    var r = new Readable({
      objectMode: true,
      read: function () {
        var self = this;
        log.push('read');
        setImmediate(function () {
          self.push(n < 2 ? n++ : null);
        });
      }
    });
    common.watch(log, 'r', r, ['data', 'end', 'close']);
    r.on('close', done);
  },
  pauseResume: function (log, done) {
    var r = new Readable({ objectMode: true, read: function () {} });
    log.push('flowing ' + r.readableFlowing + ' paused ' + r.isPaused());
    common.watch(log, 'r', r, EVENTS.filter(function (e) { return e !== 'readable'; }));
    log.push('flowing ' + r.readableFlowing + ' paused ' + r.isPaused());
    r.pause();
    log.push('flowing ' + r.readableFlowing + ' paused ' + r.isPaused());
    r.push(1);
    r.push(2);
    setTimeout(function () {
      log.push('length ' + r.readableLength);
      r.resume();
      log.push('flowing ' + r.readableFlowing + ' paused ' + r.isPaused());
      r.push(3);
      r.push(null);
      r.on('close', done);
    }, 5);
  },
  pauseInData: function (log, done) {
    var r = new Readable({ objectMode: true, read: function () {} });
    r.on('data', function (d) {
      log.push('data ' + d);
      if (d === 1) {
        r.pause();
        setTimeout(function () { log.push('resume'); r.resume(); }, 5);
      }
    });
    r.on('end', function () { log.push('end'); });
    r.on('close', function () { log.push('close'); done(); });
    r.push(1);
    r.push(2);
    r.push(3);
    r.push(null);
  },
  resumeWithoutListeners: function (log, done) {
    var r = new Readable({ objectMode: true, read: function () {} });
    r.push(1);
    r.push(null);
    common.watch(log, 'r', r, ['end', 'close', 'resume']);
    r.resume();
    log.push('flowing ' + r.readableFlowing);
    r.on('close', done);
  },
  endedFlags: function (log, done) {
    var r = new Readable({ objectMode: true, read: function () {} });
    r.on('data', function () {});
    r.push(1);
    r.push(null);
    log.push('ended ' + r.readableEnded + ' readable ' + r.readable);
    r.on('end', function () {
      log.push('end ended ' + r.readableEnded + ' readable ' + r.readable + ' destroyed ' + r.destroyed);
    });
    r.on('close', function () {
      log.push('close destroyed ' + r.destroyed + ' closed ' + r.closed);
      done();
    });
  },
  noAutoDestroy: function (log, done) {
    var r = new Readable({ objectMode: true, autoDestroy: false, read: function () {} });
    common.watch(log, 'r', r, ['data', 'end', 'close']);
    r.push('x');
    r.push(null);
    setTimeout(function () {
      log.push('destroyed ' + r.destroyed);
      r.destroy();
      r.on('close', done);
    }, 5);
  },
  dataAndReadable: function (log, done) {
    var r = new Readable({ objectMode: true, read: function () {} });
    r.on('readable', function () {
      log.push('readable');
      var c;
      while ((c = r.read()) !== null) log.push('read ' + c);
    });
    r.on('data', function (d) { log.push('data ' + d); });
    log.push('flowing ' + r.readableFlowing);
    r.push(1);
    r.push(2);
    r.push(null);
    r.on('end', function () { log.push('end'); });
    r.on('close', function () { log.push('close'); done(); });
  }
}, {
 "pushBeforeListen": [
  "r:data a",
  "r:data b",
  "r:resume",
  "t0",
  "r:end",
  "t1",
  "r:close",
  "t2",
  "t3",
  "t4",
  "t5"
 ],
 "pushInRead": [
  "read 0",
  "r:resume",
  "read 1",
  "r:data 0",
  "read 2",
  "r:data 1",
  "read 3",
  "r:data 2",
  "t0",
  "r:end",
  "t1",
  "r:close",
  "t2",
  "t3",
  "t4",
  "t5",
  "t6",
  "t7"
 ],
 "asyncPush": [
  "read",
  "r:data 0",
  "read",
  "r:data 1",
  "read",
  "r:end",
  "r:close"
 ],
 "pauseResume": [
  "flowing null paused false",
  "flowing true paused false",
  "r:pause",
  "flowing false paused true",
  "r:resume",
  "length 2",
  "flowing true paused false",
  "r:data 1",
  "r:data 2",
  "r:data 3",
  "r:resume",
  "r:end",
  "r:close"
 ],
 "pauseInData": [
  "data 1",
  "resume",
  "data 2",
  "data 3",
  "end",
  "close"
 ],
 "resumeWithoutListeners": [
  "flowing true",
  "r:resume",
  "r:end",
  "r:close"
 ],
 "endedFlags": [
  "ended false readable true",
  "end ended true readable false destroyed false",
  "close destroyed true closed true"
 ],
 "noAutoDestroy": [
  "r:data x",
  "r:end",
  "destroyed false",
  "r:close"
 ],
 "dataAndReadable": [
  "flowing false",
  "readable",
  "data 1",
  "read 1",
  "data 2",
  "read 2",
  "end",
  "close"
 ]
});
