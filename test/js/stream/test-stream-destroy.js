// destroy(): 'error' then 'close' on later ticks, errors recorded once,
// destroy callbacks, custom _destroy, emitClose, autoDestroy, and
// _construct delaying reads, writes and destroy.
'use strict';

var common = require('./common');
var stream = require('stream');
var Readable = stream.Readable;
var Writable = stream.Writable;
var Duplex = stream.Duplex;

var EVENTS = ['error', 'close', 'end', 'finish', 'data'];

common.runScenarios({
  readableDestroy: function (log, done) {
    var r = new Readable({ objectMode: true, read: function () {} });
    common.watch(log, 'r', r, EVENTS);
    r.push(1);
    r.destroy();
    log.push('destroyed ' + r.destroyed + ' closed ' + r.closed + ' readable ' + r.readable);
    common.ticks(log, 't', 3);
    r.on('close', function () { log.push('closed ' + r.closed); done(); });
  },
  readableDestroyError: function (log, done) {
    var r = new Readable({ objectMode: true, read: function () {} });
    common.watch(log, 'r', r, EVENTS);
    r.destroy(new Error('e1'));
    r.destroy(new Error('e2'));
    log.push('errored ' + common.describe(r.errored));
    common.ticks(log, 't', 3);
    r.on('close', done);
  },
  destroyCallback: function (log, done) {
    var w = new Writable({ write: function (c, e, cb) { cb(); } });
    common.watch(log, 'w', w, EVENTS);
    w.destroy(new Error('x'), function (err) { log.push('cb ' + common.describe(err)); });
    w.destroy(null, function (err) { log.push('cb2 ' + err); });
    w.on('close', done);
  },
  destroyCallbackSwallows: function (log, done) {
    var w = new Writable({
      write: function (c, e, cb) { cb(); },
      destroy: function (err, cb) { log.push('_destroy ' + common.describe(err)); setImmediate(cb, null); }
    });
    common.watch(log, 'w', w, EVENTS);
    w.destroy(new Error('kept'));
    log.push('errored ' + common.describe(w.errored));
    w.on('close', done);
  },
  customDestroyError: function (log, done) {
    var r = new Readable({
      read: function () {},
      destroy: function (err, cb) { log.push('_destroy ' + err); cb(new Error('from _destroy')); }
    });
    common.watch(log, 'r', r, EVENTS);
    r.destroy();
    r.on('close', done);
  },
  destroyThrows: function (log, done) {
    var r = new Readable({
      read: function () {},
      destroy: function () { throw new Error('thrown'); }
    });
    common.watch(log, 'r', r, EVENTS);
    r.destroy();
    r.on('close', done);
  },
  emitCloseFalse: function (log, done) {
    var r = new Readable({ read: function () {}, emitClose: false });
    common.watch(log, 'r', r, EVENTS);
    r.destroy(new Error('no close'));
    setTimeout(done, 5);
  },
  errorOnDestroyedWritable: function (log, done) {
    var w = new Writable({ objectMode: true, write: function (c, e, cb) { setImmediate(cb); } });
    common.watch(log, 'w', w, EVENTS);
    w.write(1, function (e) { log.push('cb 1 ' + common.describe(e)); });
    w.write(2, function (e) { log.push('cb 2 ' + common.describe(e)); });
    w.end(function (e) { log.push('end cb ' + common.describe(e)); });
    w.destroy();
    w.on('close', function () { setTimeout(done, 10); });
  },
  duplexDestroy: function (log, done) {
    var d = new Duplex({ read: function () {}, write: function (c, e, cb) { cb(); } });
    common.watch(log, 'd', d, EVENTS);
    d.destroy(new Error('dup'));
    log.push('destroyed ' + d.destroyed + ' readable ' + d.readable + ' writable ' + d.writable);
    d.on('close', done);
  },
  undestroy: function (log, done) {
    var r = new Readable({ objectMode: true, read: function () {} });
    r.destroy();
    r.on('close', function () {
      log.push('closed');
      r._undestroy();
      log.push('destroyed ' + r.destroyed + ' closed ' + r.closed);
      done();
    });
  },
  construct: function (log, done) {
    var r = new Readable({
      objectMode: true,
      construct: function (cb) {
        log.push('construct');
        setImmediate(function () { log.push('constructed'); cb(); });
      },
      read: function () { log.push('_read'); this.push(null); }
    });
    common.watch(log, 'r', r, EVENTS);
    r.resume();
    common.ticks(log, 't', 3);
    r.on('close', done);
  },
  constructError: function (log, done) {
    var w = new Writable({
      construct: function (cb) { cb(new Error('no')); },
      write: function (c, e, cb) { log.push('_write'); cb(); }
    });
    common.watch(log, 'w', w, EVENTS);
    w.write('x', function (e) { log.push('cb ' + common.describe(e)); });
    w.on('close', function () { setTimeout(done, 5); });
  },
  destroyDuringConstruct: function (log, done) {
    var w = new Writable({
      construct: function (cb) { log.push('construct'); setImmediate(cb); },
      write: function (c, e, cb) { cb(); },
      destroy: function (err, cb) { log.push('_destroy ' + err); cb(err); }
    });
    common.watch(log, 'w', w, EVENTS);
    w.destroy();
    log.push('destroyed ' + w.destroyed);
    w.on('close', done);
  },
  constructWrites: function (log, done) {
    var w = new Writable({
      objectMode: true,
      construct: function (cb) { log.push('construct'); setImmediate(cb); },
      write: function (c, e, cb) { log.push('_write ' + c); cb(); },
      final: function (cb) { log.push('_final'); cb(); }
    });
    common.watch(log, 'w', w, EVENTS);
    log.push('write ' + w.write('a'));
    w.end('b');
    w.on('close', done);
  }
}, {
 "readableDestroy": [
  "destroyed true closed true readable false",
  "r:data 1",
  "r:close",
  "closed true",
  "t0",
  "t1",
  "t2"
 ],
 "readableDestroyError": [
  "errored Error: e1",
  "r:error Error: e1",
  "r:close",
  "t0",
  "t1",
  "t2"
 ],
 "destroyCallback": [
  "cb Error: x",
  "cb2 undefined",
  "w:error Error: x",
  "w:close"
 ],
 "destroyCallbackSwallows": [
  "_destroy Error: kept",
  "errored Error: kept",
  "w:close"
 ],
 "customDestroyError": [
  "_destroy null",
  "r:error Error: from _destroy",
  "r:close"
 ],
 "destroyThrows": [
  "r:error Error: thrown",
  "r:close"
 ],
 "emitCloseFalse": [
  "r:error Error: no close"
 ],
 "errorOnDestroyedWritable": [
  "w:close",
  "cb 1 null",
  "cb 2 ERR_STREAM_DESTROYED: Cannot call write after a stream was destroyed",
  "end cb ERR_STREAM_DESTROYED: Cannot call end after a stream was destroyed"
 ],
 "duplexDestroy": [
  "destroyed true readable false writable false",
  "d:error Error: dup",
  "d:close"
 ],
 "undestroy": [
  "closed",
  "destroyed false closed false"
 ],
 "construct": [
  "construct",
  "t0",
  "t1",
  "t2",
  "constructed",
  "_read",
  "r:end",
  "r:close"
 ],
 "constructError": [
  "cb Error: no",
  "w:error Error: no",
  "w:close"
 ],
 "destroyDuringConstruct": [
  "destroyed true",
  "construct",
  "_destroy null",
  "w:close"
 ],
 "constructWrites": [
  "write true",
  "construct",
  "_write a",
  "_write b",
  "_final",
  "w:finish",
  "w:close"
 ]
});
