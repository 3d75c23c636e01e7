// stream.pipeline (callback and stream/promises forms): success, an error
// in any stage destroys every stream, premature close, iterable sources,
// array arguments, and argument errors.
'use strict';

var common = require('./common');
var stream = require('stream');
var Readable = stream.Readable;
var Writable = stream.Writable;
var Transform = stream.Transform;
var pipeline = stream.pipeline;

function reader(log, n) {
  var i = 0;
  return new Readable({ objectMode: true, read: function () { this.push(i < n ? i++ : null); } });
}
function doubler() {
  return new Transform({ objectMode: true, transform: function (c, e, cb) { cb(null, c * 2); } });
}
function writer(log, failAt) {
  return new Writable({
    objectMode: true,
    write: function (c, e, cb) {
      log.push('write ' + c);
      cb(c === failAt ? new Error('write failed') : null);
    }
  });
}

common.runScenarios({
  success: function (log, done) {
    var r = reader(log, 3);
    var t = doubler();
    var w = writer(log);
    common.watch(log, 'r', r, ['end', 'close']);
    common.watch(log, 'w', w, ['finish', 'close']);
    var ret = pipeline(r, t, w, function (err) {
      log.push('done ' + err + ' ' + arguments.length);
      done();
    });
    log.push('returns last ' + (ret === w));
  },
  errorInSink: function (log, done) {
    var r = reader(log, 10);
    var t = doubler();
    var w = writer(log, 2);
    common.watch(log, 'r', r, ['close', 'error']);
    common.watch(log, 't', t, ['close', 'error']);
    common.watch(log, 'w', w, ['close', 'error']);
    pipeline(r, t, w, function (err) {
      log.push('done ' + common.describe(err));
      log.push('destroyed ' + r.destroyed + ' ' + t.destroyed + ' ' + w.destroyed);
      done();
    });
  },
  errorInSource: function (log, done) {
    var r = new Readable({ read: function () { this.destroy(new Error('source failed')); } });
    var w = writer(log);
    common.watch(log, 'w', w, ['close', 'error']);
    pipeline(r, w, function (err) {
      log.push('done ' + common.describe(err) + ' w destroyed ' + w.destroyed);
      done();
    });
  },
  prematureClose: function (log, done) {
    var r = new Readable({ objectMode: true, read: function () {} });
    var w = writer(log);
    pipeline(r, w, function (err) {
      log.push('done ' + common.describe(err));
      done();
    });
    r.push(1);
    setTimeout(function () { r.destroy(); }, 5);
  },
  arraySource: function (log, done) {
    var w = writer(log);
    pipeline(['a', 'b'], w, function (err) {
      log.push('done ' + err);
      done();
    });
  },
  arrayArgument: function (log, done) {
    pipeline([reader(log, 2), writer(log)], function (err) {
      log.push('done ' + err);
      done();
    });
  },
  badArgs: function (log, done) {
    try { pipeline(reader(log, 1), writer(log)); } catch (e) { log.push(common.describe(e)); }
    try { pipeline(reader(log, 1), function () {}); } catch (e) { log.push(common.describe(e)); }
    try { pipeline(); } catch (e) { log.push(common.describe(e)); }
    done();
  },
  promises: function (log, done) {
    var p = require('stream/promises');
    p.pipeline(reader(log, 2), doubler(), writer(log)).then(function (v) {
      log.push('resolved ' + v);
      return p.pipeline(reader(log, 5), writer(log, 1));
    }).then(null, function (e) {
      log.push('rejected ' + common.describe(e));
      done();
    });
  }
}, {
 "success": [
  "returns last true",
  "write 0",
  "write 2",
  "write 4",
  "r:end",
  "r:close",
  "w:finish",
  "w:close",
  "done undefined 2"
 ],
 "errorInSink": [
  "write 0",
  "write 2",
  "w:error Error: write failed",
  "w:close",
  "r:close",
  "t:error Error: write failed",
  "t:close",
  "done Error: write failed",
  "destroyed true true true"
 ],
 "errorInSource": [
  "w:error Error: source failed",
  "w:close",
  "done Error: source failed w destroyed true"
 ],
 "prematureClose": [
  "write 1",
  "done ERR_STREAM_PREMATURE_CLOSE: Premature close"
 ],
 "arraySource": [
  "write a",
  "write b",
  "done undefined"
 ],
 "arrayArgument": [
  "write 0",
  "write 1",
  "done undefined"
 ],
 "badArgs": [
  "ERR_INVALID_ARG_TYPE: The \"streams[stream.length - 1]\" property must be of type function. Received an instance of Writable",
  "ERR_MISSING_ARGS: The \"streams\" argument must be specified",
  "ERR_INVALID_ARG_TYPE: The \"streams[stream.length - 1]\" property must be of type function. Received undefined"
 ],
 "promises": [
  "write 0",
  "write 2",
  "resolved undefined",
  "write 0",
  "write 1",
  "rejected Error: write failed"
 ]
});
