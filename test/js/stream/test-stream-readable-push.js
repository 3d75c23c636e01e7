// push() and unshift(): return values against highWaterMark, errors after
// EOF and after 'end', pushes after destroy, and invalid chunks.
'use strict';

var common = require('./common');
var Readable = require('stream').Readable;

common.runScenarios({
  pushReturn: function (log, done) {
    var r = new Readable({ objectMode: true, highWaterMark: 2, read: function () {} });
    log.push('push ' + r.push(1));
    log.push('push ' + r.push(2));
    log.push('push ' + r.push(3));
    log.push('length ' + r.readableLength);
    log.push('push null ' + r.push(null));
    done();
  },
  unshiftFront: function (log, done) {
    var r = new Readable({ objectMode: true, read: function () {} });
    r.push('b');
    r.unshift('a');
    r.push('c');
    r.push(null);
    r.on('data', function (d) { log.push('data ' + d); });
    r.on('end', function () {
      log.push('end');
      r.unshift('z');
    });
    r.on('error', function (e) { log.push('error ' + common.describe(e)); });
    r.on('close', function () { log.push('close'); done(); });
  },
  pushAfterEof: function (log, done) {
    var r = new Readable({ objectMode: true, read: function () {} });
    r.push(null);
    log.push('push ' + r.push('late'));
    common.watch(log, 'r', r, ['error', 'end', 'close']);
    log.push('destroyed ' + r.destroyed + ' errored ' + common.describe(r.errored));
    r.on('close', done);
  },
  pushAfterEofNoAutoDestroy: function (log, done) {
    var r = new Readable({ objectMode: true, autoDestroy: false, read: function () {} });
    r.push(null);
    r.push('late');
    common.watch(log, 'r', r, ['error', 'end', 'close']);
    log.push('destroyed ' + r.destroyed);
    setTimeout(done, 5);
  },
  pushAfterDestroy: function (log, done) {
    var r = new Readable({ objectMode: true, read: function () {} });
    r.destroy();
    log.push('push ' + r.push('x'));
    log.push('length ' + r.readableLength);
    common.watch(log, 'r', r, ['error', 'data', 'close']);
    r.on('close', done);
  },
  invalidChunk: function (log, done) {
    var r = new Readable({ read: function () {} });
    log.push('push ' + r.push(42));
    common.watch(log, 'r', r, ['error', 'close']);
    r.on('close', done);
  },
  undefinedChunk: function (log, done) {
    var r = new Readable({ objectMode: true, read: function () {} });
    r.push(undefined);
    r.push(0);
    r.push('');
    r.push(false);
    r.push(null);
    r.on('data', function (d) { log.push('data ' + typeof d + ' ' + d); });
    r.on('end', function () { log.push('end'); done(); });
  },
  readThrows: function (log, done) {
    var r = new Readable({ read: function () { throw new Error('boom'); } });
    common.watch(log, 'r', r, ['error', 'close']);
    r.resume();
    r.on('close', done);
  },
  notImplemented: function (log, done) {
    var r = new Readable();
    common.watch(log, 'r', r, ['error', 'close']);
    r.read();
    r.on('close', done);
  },
  badHighWaterMark: function (log, done) {
    [-1, 1.5, 'a', NaN].forEach(function (v) {
      try {
        new Readable({ highWaterMark: v });
        log.push('no throw');
      } catch (e) {
        log.push(e.name + ' ' + common.describe(e));
      }
    });
    log.push('null hwm ' + new Readable({ highWaterMark: null }).readableHighWaterMark);
    log.push('object hwm ' + new Readable({ objectMode: true }).readableHighWaterMark);
    log.push('hwm ' + new Readable().readableHighWaterMark);
    log.push('objectMode ' + new Readable({ objectMode: true }).readableObjectMode);
    done();
  }
}, {
 "pushReturn": [
  "push true",
  "push false",
  "push false",
  "length 3",
  "push null false"
 ],
 "unshiftFront": [
  "data a",
  "data b",
  "data c",
  "end",
  "error ERR_STREAM_UNSHIFT_AFTER_END_EVENT: stream.unshift() after end event",
  "close"
 ],
 "pushAfterEof": [
  "push false",
  "destroyed true errored ERR_STREAM_PUSH_AFTER_EOF: stream.push() after EOF",
  "r:error ERR_STREAM_PUSH_AFTER_EOF: stream.push() after EOF",
  "r:close"
 ],
 "pushAfterEofNoAutoDestroy": [
  "threw ERR_STREAM_PUSH_AFTER_EOF: stream.push() after EOF"
 ],
 "pushAfterDestroy": [
  "push false",
  "length 0",
  "r:close"
 ],
 "invalidChunk": [
  "push false",
  "r:error ERR_INVALID_ARG_TYPE: The \"chunk\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (42)",
  "r:close"
 ],
 "undefinedChunk": [
  "data undefined undefined",
  "data number 0",
  "data string ",
  "data boolean false",
  "end"
 ],
 "readThrows": [
  "r:error Error: boom",
  "r:close"
 ],
 "notImplemented": [
  "r:error ERR_METHOD_NOT_IMPLEMENTED: The _read() method is not implemented",
  "r:close"
 ],
 "badHighWaterMark": [
  "TypeError ERR_INVALID_ARG_VALUE: The property 'options.highWaterMark' is invalid. Received -1",
  "TypeError ERR_INVALID_ARG_VALUE: The property 'options.highWaterMark' is invalid. Received 1.5",
  "TypeError ERR_INVALID_ARG_VALUE: The property 'options.highWaterMark' is invalid. Received 'a'",
  "TypeError ERR_INVALID_ARG_VALUE: The property 'options.highWaterMark' is invalid. Received NaN",
  "null hwm 16384",
  "object hwm 16",
  "hwm 16384",
  "objectMode true"
 ]
});
