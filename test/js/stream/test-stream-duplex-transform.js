// Duplex (allowHalfOpen, readable/writable false, instanceof Writable),
// Transform (_transform sync and async, _flush, held write callbacks,
// errors) and PassThrough.
'use strict';

var common = require('./common');
var stream = require('stream');
var Duplex = stream.Duplex;
var Transform = stream.Transform;
var PassThrough = stream.PassThrough;

var EVENTS = ['data', 'end', 'prefinish', 'finish', 'close', 'error'];

common.runScenarios({
  duplexHalfOpen: function (log, done) {
    var d = new Duplex({
      objectMode: true,
      read: function () {},
      write: function (c, e, cb) { log.push('_write ' + c); cb(); }
    });
    common.watch(log, 'd', d, EVENTS);
    log.push('instanceof Writable ' + (d instanceof stream.Writable) + ' Readable ' + (d instanceof stream.Readable));
    log.push('allowHalfOpen ' + d.allowHalfOpen);
    d.push('r1');
    d.push(null);
    d.write('w1');
    setTimeout(function () {
      log.push('writable ' + d.writable + ' destroyed ' + d.destroyed);
      d.end();
      d.on('close', done);
    }, 5);
  },
  duplexNoHalfOpen: function (log, done) {
    var d = new Duplex({
      objectMode: true,
      allowHalfOpen: false,
      read: function () {},
      write: function (c, e, cb) { cb(); }
    });
    common.watch(log, 'd', d, EVENTS);
    d.push('r1');
    d.push(null);
    d.on('close', done);
  },
  duplexSides: function (log, done) {
    var d = new Duplex({ readable: false, write: function (c, e, cb) { cb(); } });
    log.push('readable ' + d.readable + ' writable ' + d.writable + ' ended ' + d.readableEnded);
    var e = new Duplex({ writable: false, read: function () {} });
    log.push('readable ' + e.readable + ' writable ' + e.writable + ' writableEnded ' + e.writableEnded + ' finished ' + e.writableFinished);
    common.watch(log, 'd', d, EVENTS);
    d.end();
    d.on('close', done);
  },
  duplexObjectModes: function (log, done) {
    var d = new Duplex({ readableObjectMode: true, writableHighWaterMark: 5, read: function () {}, write: function (c, e, cb) { cb(); } });
    log.push('r ' + d.readableObjectMode + ' ' + d.readableHighWaterMark + ' w ' + d.writableObjectMode + ' ' + d.writableHighWaterMark);
    done();
  },
  transformSync: function (log, done) {
    var t = new Transform({
      objectMode: true,
      transform: function (c, e, cb) { log.push('_transform ' + c); cb(null, c * 10); },
      flush: function (cb) { log.push('_flush'); this.push('flushed'); cb(); }
    });
    common.watch(log, 't', t, EVENTS);
    t.write(1, function () { log.push('cb 1'); });
    t.write(2, function () { log.push('cb 2'); });
    t.end(function () { log.push('end cb'); });
    t.on('close', done);
  },
  transformAsync: function (log, done) {
    var t = new Transform({
      objectMode: true,
      transform: function (c, e, cb) {
        log.push('_transform ' + c);
        var self = this;
        setImmediate(function () { self.push(c + 'a'); self.push(c + 'b'); cb(); });
      },
      flush: function (cb) { setImmediate(cb, null, 'last'); }
    });
    common.watch(log, 't', t, EVENTS);
    t.write('x');
    t.end('y');
    t.on('close', done);
  },
  transformBackpressure: function (log, done) {
    var t = new Transform({
      objectMode: true,
      highWaterMark: 1,
      transform: function (c, e, cb) { log.push('_transform ' + c); cb(null, c); }
    });
    common.watch(log, 't', t, ['end', 'finish', 'close', 'drain']);
    for (var i = 0; i < 4; i++) log.push('write ' + i + ' ' + t.write(i));
    t.end();
    setTimeout(function () {
      log.push('readableLength ' + t.readableLength + ' writableLength ' + t.writableLength);
      t.on('data', function (d) { log.push('data ' + d); });
      t.on('close', done);
    }, 5);
  },
  transformError: function (log, done) {
    var t = new Transform({
      transform: function (c, e, cb) { cb(new Error('bad chunk')); }
    });
    common.watch(log, 't', t, EVENTS);
    t.write('x', function (e) { log.push('cb ' + common.describe(e)); });
    t.on('close', done);
  },
  flushError: function (log, done) {
    var t = new Transform({
      transform: function (c, e, cb) { cb(); },
      flush: function (cb) { cb(new Error('flush failed')); }
    });
    common.watch(log, 't', t, EVENTS);
    t.end(function (e) { log.push('end cb ' + common.describe(e)); });
    t.resume();
    t.on('close', done);
  },
  transformNotImplemented: function (log, done) {
    var t = new Transform();
    common.watch(log, 't', t, EVENTS);
    try { t.write('x'); } catch (e) { log.push('threw ' + common.describe(e)); }
    setTimeout(done, 5);
  },
  transformCallbackTwice: function (log, done) {
    var t = new Transform({
      objectMode: true,
      transform: function (c, e, cb) { cb(null, c); cb(null, c + '!'); }
    });
    common.watch(log, 't', t, EVENTS);
    t.write('x');
    t.on('close', function () { setTimeout(done, 5); });
  },
  passThrough: function (log, done) {
    var p = new PassThrough({ objectMode: true });
    common.watch(log, 'p', p, EVENTS);
    p.write('a');
    p.write('b');
    p.end('c');
    log.push('instanceof Transform ' + (p instanceof Transform) + ' Duplex ' + (p instanceof Duplex));
    p.on('close', done);
  },
  callWithoutNew: function (log, done) {
    var p = stream.PassThrough({ objectMode: true });
    var r = stream.Readable({ read: function () {} });
    var w = stream.Writable({ write: function (c, e, cb) { cb(); } });
    var d = stream.Duplex();
    var t = stream.Transform();
    log.push([p instanceof PassThrough, r instanceof stream.Readable, w instanceof stream.Writable,
      d instanceof Duplex, t instanceof Transform].join(' '));
    done();
  }
}, {
 "duplexHalfOpen": [
  "instanceof Writable true Readable true",
  "allowHalfOpen true",
  "_write w1",
  "d:data r1",
  "d:end",
  "writable true destroyed false",
  "d:prefinish",
  "d:finish",
  "d:close"
 ],
 "duplexNoHalfOpen": [
  "d:data r1",
  "d:end",
  "d:prefinish",
  "d:finish",
  "d:close"
 ],
 "duplexSides": [
  "readable false writable true ended true",
  "readable true writable false writableEnded true finished true",
  "d:prefinish",
  "d:finish",
  "d:close"
 ],
 "duplexObjectModes": [
  "r true 16 w false 5"
 ],
 "transformSync": [
  "_transform 1",
  "t:data 10",
  "_transform 2",
  "t:data 20",
  "_flush",
  "t:data flushed",
  "t:prefinish",
  "cb 1",
  "cb 2",
  "t:end",
  "end cb",
  "t:finish",
  "t:close"
 ],
 "transformAsync": [
  "_transform x",
  "t:data xa",
  "t:data xb",
  "_transform y",
  "t:data ya",
  "t:data yb",
  "t:data last",
  "t:prefinish",
  "t:end",
  "t:finish",
  "t:close"
 ],
 "transformBackpressure": [
  "_transform 0",
  "write 0 false",
  "write 1 false",
  "write 2 false",
  "write 3 false",
  "readableLength 1 writableLength 4",
  "_transform 1",
  "_transform 2",
  "_transform 3",
  "data 0",
  "data 1",
  "data 2",
  "data 3",
  "t:finish",
  "t:end",
  "t:close"
 ],
 "transformError": [
  "cb Error: bad chunk",
  "t:error Error: bad chunk",
  "t:close"
 ],
 "flushError": [
  "t:error Error: flush failed",
  "t:close",
  "end cb Error: flush failed"
 ],
 "transformNotImplemented": [
  "threw ERR_METHOD_NOT_IMPLEMENTED: The _transform() method is not implemented"
 ],
 "transformCallbackTwice": [
  "t:data x",
  "t:data x!",
  "t:error ERR_MULTIPLE_CALLBACK: Callback called multiple times",
  "t:close"
 ],
 "passThrough": [
  "p:data a",
  "p:data b",
  "p:data c",
  "p:prefinish",
  "instanceof Transform true Duplex true",
  "p:end",
  "p:finish",
  "p:close"
 ],
 "callWithoutNew": [
  "true true true true true"
 ]
});
