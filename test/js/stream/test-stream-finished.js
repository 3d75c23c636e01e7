// stream.finished (end-of-stream) in callback and promise forms:
// completion, errors, premature close, options, cleanup, and streams that
// are already done.
'use strict';

var common = require('./common');
var stream = require('stream');
var Readable = stream.Readable;
var Writable = stream.Writable;
var Duplex = stream.Duplex;
var finished = stream.finished;

function reader() {
  return new Readable({ objectMode: true, read: function () {} });
}
function writer() {
  return new Writable({ objectMode: true, write: function (c, e, cb) { cb(); } });
}

common.runScenarios({
  readableEnds: function (log, done) {
    var r = reader();
    common.watch(log, 'r', r, ['end', 'close']);
    finished(r, function (err) { log.push('finished ' + err + ' this ' + (this === r)); done(); });
    r.push(1);
    r.push(null);
    r.resume();
  },
  writableFinishes: function (log, done) {
    var w = writer();
    common.watch(log, 'w', w, ['finish', 'close']);
    finished(w, function (err) { log.push('finished ' + err); done(); });
    w.end('x');
  },
  errored: function (log, done) {
    var r = reader();
    r.on('error', function () { log.push('r error'); });
    finished(r, function (err) { log.push('finished ' + common.describe(err)); done(); });
    r.destroy(new Error('broken'));
  },
  prematureClose: function (log, done) {
    var r = reader();
    finished(r, function (err) { log.push('finished ' + common.describe(err)); done(); });
    r.destroy();
  },
  prematureWritable: function (log, done) {
    var w = writer();
    finished(w, function (err) { log.push('finished ' + common.describe(err)); done(); });
    w.write('a');
    w.destroy();
  },
  alreadyEnded: function (log, done) {
    var r = reader();
    r.push(null);
    r.resume();
    r.on('close', function () {
      finished(r, function (err) { log.push('finished late ' + err); done(); });
      log.push('registered');
    });
  },
  duplexBothSides: function (log, done) {
    var d = new Duplex({ objectMode: true, read: function () {}, write: function (c, e, cb) { cb(); } });
    common.watch(log, 'd', d, ['end', 'finish', 'close']);
    finished(d, function (err) { log.push('finished ' + err); done(); });
    d.push(null);
    d.resume();
    setTimeout(function () { log.push('ending'); d.end(); }, 5);
  },
  duplexReadableOnly: function (log, done) {
    var d = new Duplex({ objectMode: true, read: function () {}, write: function (c, e, cb) { cb(); } });
    finished(d, { writable: false }, function (err) { log.push('finished readable side ' + err); });
    d.push(null);
    d.resume();
    setTimeout(function () { log.push('ending'); d.end(); d.on('close', done); }, 5);
  },
  errorFalse: function (log, done) {
    var r = reader();
    r.on('error', function (e) { log.push('r error ' + e.message); });
    finished(r, { error: false }, function (err) { log.push('finished ' + common.describe(err)); done(); });
    r.destroy(new Error('ignored?'));
  },
  cleanup: function (log, done) {
    var r = reader();
    var before = r.listenerCount('end') + ' ' + r.listenerCount('close') + ' ' + r.listenerCount('error');
    var cleanup = finished(r, function () { log.push('never'); });
    log.push('listeners ' + before + ' -> ' + r.listenerCount('end') + ' ' + r.listenerCount('close') + ' ' + r.listenerCount('error'));
    cleanup();
    log.push('after cleanup ' + r.listenerCount('end') + ' ' + r.listenerCount('close') + ' ' + r.listenerCount('error'));
    r.destroy();
    setTimeout(done, 5);
  },
  badArgs: function (log, done) {
    try { finished(reader()); } catch (e) { log.push(common.describe(e)); }
    try { finished(reader(), 'x', function () {}); } catch (e) { log.push(common.describe(e)); }
    try { finished({}, function () {}); } catch (e) { log.push(common.describe(e)); }
    done();
  },
  legacyEmitter: function (log, done) {
    var s = new stream.Stream();
    s.readable = true;
    s.pipe = function () {};
    finished(s, function (err) { log.push('finished ' + err); done(); });
    s.emit('end');
  },
  promiseForm: function (log, done) {
    var p = require('stream/promises');
    log.push('same ' + (p.finished === stream.promises.finished) + ' ' + (p.pipeline === stream.promises.pipeline));
    var r = reader();
    p.finished(r).then(function (v) {
      log.push('resolved ' + v);
      var r2 = reader();
      p.finished(r2).then(null, function (e) { log.push('rejected ' + common.describe(e)); done(); });
      r2.destroy(new Error('promise error'));
    });
    r.push(null);
    r.resume();
  }
}, {
 "readableEnds": [
  "r:end",
  "r:close",
  "finished undefined this true"
 ],
 "writableFinishes": [
  "w:finish",
  "w:close",
  "finished undefined"
 ],
 "errored": [
  "r error",
  "finished Error: broken"
 ],
 "prematureClose": [
  "finished ERR_STREAM_PREMATURE_CLOSE: Premature close"
 ],
 "prematureWritable": [
  "finished ERR_STREAM_PREMATURE_CLOSE: Premature close"
 ],
 "alreadyEnded": [
  "registered",
  "finished late undefined"
 ],
 "duplexBothSides": [
  "d:end",
  "ending",
  "d:finish",
  "d:close",
  "finished undefined"
 ],
 "duplexReadableOnly": [
  "finished readable side undefined",
  "ending"
 ],
 "errorFalse": [
  "r error ignored?",
  "finished Error: ignored?"
 ],
 "cleanup": [
  "listeners 0 0 0 -> 1 1 1",
  "after cleanup 0 0 0"
 ],
 "badArgs": [
  "ERR_INVALID_ARG_TYPE: The \"callback\" argument must be of type function. Received undefined",
  "ERR_INVALID_ARG_TYPE: The \"options\" argument must be of type object. Received type string ('x')",
  "ERR_INVALID_ARG_TYPE: The \"stream\" argument must be an instance of ReadableStream, WritableStream, or Stream. Received an instance of Object"
 ],
 "legacyEmitter": [
  "finished undefined"
 ],
 "promiseForm": [
  "same true true",
  "resolved undefined",
  "rejected Error: promise error"
 ]
});
