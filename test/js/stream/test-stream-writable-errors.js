// Writable's errors: write after end, null and invalid chunks, unknown
// encodings, writes after destroy, callbacks called twice, a failing
// _write(), and the missing _write().
'use strict';

var common = require('./common');
var Writable = require('stream').Writable;

var EVENTS = ['drain', 'finish', 'close', 'error'];

function writer(log, extra) {
  var opts = { objectMode: true, write: function (c, e, cb) { log.push('_write ' + c); cb(); } };
  if (extra) Object.keys(extra).forEach(function (k) { opts[k] = extra[k]; });
  return new Writable(opts);
}

common.runScenarios({
  writeAfterEnd: function (log, done) {
    var w = writer(log);
    common.watch(log, 'w', w, EVENTS);
    w.end();
    log.push('write ' + w.write('x', function (e) { log.push('cb ' + common.describe(e)); }));
    log.push('errored ' + common.describe(w.errored) + ' writable ' + w.writable);
    w.on('close', done);
  },
  writeAfterEndNoAutoDestroy: function (log, done) {
    var w = writer(log, { autoDestroy: false });
    common.watch(log, 'w', w, EVENTS);
    w.end();
    w.write('x', function (e) { log.push('cb ' + common.describe(e)); });
    setTimeout(function () { log.push('destroyed ' + w.destroyed); done(); }, 5);
  },
  nullChunk: function (log, done) {
    var w = writer(log);
    try { w.write(null); } catch (e) { log.push('threw ' + e.name + ' ' + common.describe(e)); }
    var b = new Writable({ write: function (c, e, cb) { cb(); } });
    try { b.write(null); } catch (e) { log.push('threw ' + e.name + ' ' + common.describe(e)); }
    try { b.write(12); } catch (e) { log.push('threw ' + e.name + ' ' + common.describe(e)); }
    try { b.write({}); } catch (e) { log.push('threw ' + e.name + ' ' + common.describe(e)); }
    try { b.write(); } catch (e) { log.push('threw ' + e.name + ' ' + common.describe(e)); }
    log.push('undefined in objectMode ' + w.write(undefined));
    done();
  },
  unknownEncoding: function (log, done) {
    var w = new Writable({ decodeStrings: false, write: function (c, e, cb) { cb(); } });
    try { w.write('a', 'nope'); } catch (e) { log.push('threw ' + e.name + ' ' + common.describe(e)); }
    try { w.setDefaultEncoding('nope'); } catch (e) { log.push('threw ' + e.name + ' ' + common.describe(e)); }
    log.push('set ' + (w.setDefaultEncoding('HEX') === w) + ' ' + w._writableState.defaultEncoding);
    done();
  },
  writeAfterDestroy: function (log, done) {
    var w = writer(log);
    common.watch(log, 'w', w, EVENTS);
    w.destroy();
    log.push('write ' + w.write('x', function (e) { log.push('cb ' + common.describe(e)); }));
    w.end(function (e) { log.push('end cb ' + common.describe(e)); });
    w.on('close', function () { setTimeout(done, 5); });
  },
  multipleCallback: function (log, done) {
    var w = new Writable({ objectMode: true, write: function (c, e, cb) { cb(); cb(); } });
    common.watch(log, 'w', w, EVENTS);
    w.write('x', function (e) { log.push('cb ' + e); });
    w.on('close', done);
  },
  writeError: function (log, done) {
    var w = new Writable({
      objectMode: true,
      write: function (c, e, cb) { log.push('_write ' + c); cb(new Error('fail ' + c)); }
    });
    common.watch(log, 'w', w, EVENTS);
    log.push('write ' + w.write('a', function (e) { log.push('cb a ' + common.describe(e)); }));
    log.push('write ' + w.write('b', function (e) { log.push('cb b ' + common.describe(e)); }));
    w.end(function (e) { log.push('end cb ' + common.describe(e)); });
    w.on('close', function () { setTimeout(done, 5); });
  },
  asyncWriteError: function (log, done) {
    var w = new Writable({
      objectMode: true,
      write: function (c, e, cb) { log.push('_write ' + c); setImmediate(cb, new Error('late')); }
    });
    common.watch(log, 'w', w, EVENTS);
    w.write('a', function (e) { log.push('cb a ' + common.describe(e)); });
    w.write('b', function (e) { log.push('cb b ' + common.describe(e)); });
    w.on('close', function () { setTimeout(done, 5); });
  },
  noWrite: function (log, done) {
    var w = new Writable();
    try { w.write('x'); } catch (e) { log.push('threw ' + common.describe(e)); }
    done();
  },
  pipeFromWritable: function (log, done) {
    var w = writer(log);
    common.watch(log, 'w', w, EVENTS);
    log.push('pipe returns ' + w.pipe(writer(log)));
    w.on('close', done);
  }
}, {
 "writeAfterEnd": [
  "write false",
  "errored ERR_STREAM_WRITE_AFTER_END: write after end writable false",
  "cb ERR_STREAM_WRITE_AFTER_END: write after end",
  "w:error ERR_STREAM_WRITE_AFTER_END: write after end",
  "w:close"
 ],
 "writeAfterEndNoAutoDestroy": [
  "cb ERR_STREAM_WRITE_AFTER_END: write after end",
  "w:error ERR_STREAM_WRITE_AFTER_END: write after end",
  "destroyed false"
 ],
 "nullChunk": [
  "threw TypeError ERR_STREAM_NULL_VALUES: May not write null values to stream",
  "threw TypeError ERR_STREAM_NULL_VALUES: May not write null values to stream",
  "threw TypeError ERR_INVALID_ARG_TYPE: The \"chunk\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (12)",
  "threw TypeError ERR_INVALID_ARG_TYPE: The \"chunk\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an instance of Object",
  "threw TypeError ERR_INVALID_ARG_TYPE: The \"chunk\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received undefined",
  "_write undefined",
  "undefined in objectMode true"
 ],
 "unknownEncoding": [
  "threw TypeError ERR_UNKNOWN_ENCODING: Unknown encoding: nope",
  "threw TypeError ERR_UNKNOWN_ENCODING: Unknown encoding: nope",
  "set true hex"
 ],
 "writeAfterDestroy": [
  "write false",
  "w:close",
  "cb ERR_STREAM_DESTROYED: Cannot call write after a stream was destroyed"
 ],
 "multipleCallback": [
  "cb null",
  "w:error ERR_MULTIPLE_CALLBACK: Callback called multiple times",
  "w:close"
 ],
 "writeError": [
  "_write a",
  "write false",
  "write false",
  "cb a Error: fail a",
  "cb b Error: fail a",
  "end cb Error: fail a",
  "w:error Error: fail a",
  "w:close"
 ],
 "asyncWriteError": [
  "_write a",
  "cb a Error: late",
  "cb b Error: late",
  "w:error Error: late",
  "w:close"
 ],
 "noWrite": [
  "threw ERR_METHOD_NOT_IMPLEMENTED: The _write() method is not implemented"
 ],
 "pipeFromWritable": [
  "pipe returns undefined",
  "w:error ERR_STREAM_CANNOT_PIPE: Cannot pipe, not readable",
  "w:close"
 ]
});
