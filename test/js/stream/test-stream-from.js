// Readable.from: arrays, strings and Buffers (one chunk), iterables,
// promises as values, null values, iterator errors and return() on
// destroy, and options.
'use strict';

var common = require('./common');
var Readable = require('stream').Readable;

function collect(log, r, done) {
  r.on('data', function (d) { log.push('data ' + (typeof d) + ' ' + String(d)); });
  r.on('error', function (e) { log.push('error ' + common.describe(e)); });
  r.on('end', function () { log.push('end'); });
  r.on('close', function () { log.push('close'); done(); });
}

common.runScenarios({
  array: function (log, done) {
    var r = Readable.from([1, 'two', { three: 3 }]);
    log.push('objectMode ' + r.readableObjectMode + ' hwm ' + r.readableHighWaterMark);
    collect(log, r, done);
  },
  string: function (log, done) {
    collect(log, Readable.from('whole string'), done);
  },
  buffer: function (log, done) {
    collect(log, Readable.from(Buffer.from('bytes')), done);
  },
  iterable: function (log, done) {
    var n = 0;
    var it = {};
    it[Symbol.iterator] = function () {
      return {
        next: function () { log.push('next'); return n < 2 ? { value: n++, done: false } : { done: true }; }
      };
    };
    collect(log, Readable.from(it), done);
  },
  setValues: function (log, done) {
    collect(log, Readable.from(new Set(['a', 'b'])), done);
  },
  promises: function (log, done) {
    collect(log, Readable.from([Promise.resolve('p1'), 'plain', Promise.resolve('p2')]), done);
  },
  rejectedPromise: function (log, done) {
    collect(log, Readable.from([Promise.reject(new Error('rejected'))]), done);
  },
  nullValue: function (log, done) {
    collect(log, Readable.from(['a', null, 'b']), done);
  },
  iteratorThrows: function (log, done) {
    var it = {};
    it[Symbol.iterator] = function () {
      return {
        next: function () { throw new Error('next failed'); },
        'return': function () { log.push('return called'); return {}; }
      };
    };
    collect(log, Readable.from(it), done);
  },
  destroyCallsReturn: function (log, done) {
    var it = {};
    it[Symbol.iterator] = function () {
      return {
        next: function () { return { value: 'v', done: false }; },
        'return': function () { log.push('return called'); return { done: true }; }
      };
    };
    var r = Readable.from(it);
    r.on('close', function () { log.push('close'); done(); });
    r.once('data', function (d) { log.push('data ' + d); r.destroy(); });
  },
  options: function (log, done) {
    var r = Readable.from(['x'], { objectMode: false, highWaterMark: 4 });
    log.push('objectMode ' + r.readableObjectMode + ' hwm ' + r.readableHighWaterMark);
    r.on('data', function (d) { log.push('data ' + Buffer.isBuffer(d) + ' ' + d); });
    r.on('end', function () { log.push('end'); done(); });
  },
  notIterable: function (log, done) {
    [42, {}, undefined].forEach(function (v) {
      try { Readable.from(v); } catch (e) { log.push(common.describe(e)); }
    });
    done();
  }
}, {
 "array": [
  "objectMode true hwm 1",
  "data number 1",
  "data string two",
  "data object [object Object]",
  "end",
  "close"
 ],
 "string": [
  "data string whole string",
  "end",
  "close"
 ],
 "buffer": [
  "data object bytes",
  "end",
  "close"
 ],
 "iterable": [
  "next",
  "next",
  "data number 0",
  "next",
  "data number 1",
  "end",
  "close"
 ],
 "setValues": [
  "data string a",
  "data string b",
  "end",
  "close"
 ],
 "promises": [
  "data string p1",
  "data string plain",
  "data string p2",
  "end",
  "close"
 ],
 "rejectedPromise": [
  "error Error: rejected",
  "close"
 ],
 "nullValue": [
  "data string a",
  "error ERR_STREAM_NULL_VALUES: May not write null values to stream",
  "close"
 ],
 "iteratorThrows": [
  "return called",
  "error Error: next failed",
  "close"
 ],
 "destroyCallsReturn": [
  "data v",
  "return called",
  "close"
 ],
 "options": [
  "objectMode false hwm 4",
  "data true x",
  "end"
 ],
 "notIterable": [
  "ERR_INVALID_ARG_TYPE: The \"iterable\" argument must be an instance of Iterable. Received type number (42)",
  "ERR_INVALID_ARG_TYPE: The \"iterable\" argument must be an instance of Iterable. Received an instance of Object",
  "ERR_INVALID_ARG_TYPE: The \"iterable\" argument must be an instance of Iterable. Received undefined"
 ]
});
