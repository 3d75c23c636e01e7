// _final: runs once before 'prefinish'/'finish', sync and async, its error
// goes to the end() callbacks and 'error', and calling back twice is
// ERR_MULTIPLE_CALLBACK.
'use strict';

var common = require('./common');
var Writable = require('stream').Writable;

var EVENTS = ['prefinish', 'finish', 'close', 'error'];

common.runScenarios({
  syncFinal: function (log, done) {
    var w = new Writable({
      write: function (c, e, cb) { cb(); },
      final: function (cb) { log.push('_final'); cb(); }
    });
    common.watch(log, 'w', w, EVENTS);
    w.end(function (e) { log.push('end cb ' + e); });
    common.ticks(log, 't', 4);
    w.on('close', done);
  },
  asyncFinal: function (log, done) {
    var w = new Writable({
      objectMode: true,
      write: function (c, e, cb) { log.push('_write ' + c); setImmediate(cb); },
      final: function (cb) { log.push('_final'); setImmediate(function () { log.push('final done'); cb(); }); }
    });
    common.watch(log, 'w', w, EVENTS);
    w.write(1);
    w.end(2, function (e) { log.push('end cb ' + e); });
    w.on('close', done);
  },
  finalError: function (log, done) {
    var w = new Writable({
      write: function (c, e, cb) { cb(); },
      final: function (cb) { cb(new Error('final failed')); }
    });
    common.watch(log, 'w', w, EVENTS);
    w.end(function (e) { log.push('end cb ' + common.describe(e)); });
    w.on('close', done);
  },
  finalThrows: function (log, done) {
    var w = new Writable({
      write: function (c, e, cb) { cb(); },
      final: function () { throw new Error('final threw'); }
    });
    common.watch(log, 'w', w, EVENTS);
    w.end();
    w.on('close', done);
  },
  finalTwice: function (log, done) {
    var w = new Writable({
      write: function (c, e, cb) { cb(); },
      final: function (cb) { cb(); cb(); }
    });
    common.watch(log, 'w', w, EVENTS);
    w.end();
    w.on('close', done);
  },
  destroyBeforeFinal: function (log, done) {
    var w = new Writable({
      write: function (c, e, cb) { cb(); },
      final: function (cb) { log.push('_final'); setImmediate(cb); }
    });
    common.watch(log, 'w', w, EVENTS);
    w.end();
    w.destroy();
    w.on('close', function () { setTimeout(done, 5); });
  }
}, {
 "syncFinal": [
  "_final",
  "w:prefinish",
  "end cb null",
  "w:finish",
  "t0",
  "w:close",
  "t1",
  "t2",
  "t3"
 ],
 "asyncFinal": [
  "_write 1",
  "_write 2",
  "_final",
  "final done",
  "w:prefinish",
  "end cb null",
  "w:finish",
  "w:close"
 ],
 "finalError": [
  "w:error Error: final failed",
  "w:close",
  "end cb Error: final failed"
 ],
 "finalThrows": [
  "w:error Error: final threw",
  "w:close"
 ],
 "finalTwice": [
  "w:prefinish",
  "w:finish",
  "w:error ERR_MULTIPLE_CALLBACK: Callback called multiple times",
  "w:close"
 ],
 "destroyBeforeFinal": [
  "_final",
  "w:close"
 ]
});
