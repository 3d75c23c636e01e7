// Byte streams: read(n) across and inside Buffer chunks, highWaterMark in
// bytes, strings pushed with encodings, strings written as Buffers, typed
// arrays as chunks, _writev's allBuffers, and wrap() of an old stream.
'use strict';

var common = require('./common');
var stream = require('stream');
var Readable = stream.Readable;
var Writable = stream.Writable;

function show(b) {
  return b === null ? 'null' : (Buffer.isBuffer(b) ? 'buf ' : typeof b + ' ') + b.toString();
}

common.runScenarios({
  readN: function (log, done) {
    var r = new Readable({ read: function () {} });
    r.push(Buffer.from('abc'));
    r.push('defg');
    r.push(Buffer.from('hi'));
    log.push('length ' + r.readableLength);
    log.push('read(2) ' + show(r.read(2)));
    log.push('read(3) ' + show(r.read(3)));
    log.push('read(1) ' + show(r.read(1)));
    log.push('read(10) ' + show(r.read(10)));
    log.push('length ' + r.readableLength);
    r.push(null);
    log.push('read(10) after end ' + show(r.read(10)));
    log.push('read() ' + show(r.read()));
    r.on('end', function () { log.push('end'); done(); });
  },
  readAll: function (log, done) {
    var r = new Readable({ read: function () {} });
    r.push('one');
    r.push('two');
    log.push('read() ' + show(r.read()));
    r.push(new Uint8Array([65, 66]));
    log.push('read() ' + show(r.read()));
    done();
  },
  raiseHighWaterMark: function (log, done) {
    var r = new Readable({ highWaterMark: 4, read: function () {} });
    r.read(100);
    log.push('hwm ' + r.readableHighWaterMark);
    r.read(1000);
    log.push('hwm ' + r.readableHighWaterMark);
    done();
  },
  pushEncodings: function (log, done) {
    var r = new Readable({ read: function () {} });
    r.push('6869', 'hex');
    r.push('aGk=', 'base64');
    r.push(null);
    r.on('data', function (d) { log.push('data ' + show(d)); });
    r.on('end', function () { log.push('end'); done(); });
  },
  flowingChunks: function (log, done) {
    var i = 0;
    var r = new Readable({
      highWaterMark: 5,
      read: function (n) {
        log.push('_read ' + n);
        this.push(i++ < 3 ? Buffer.from('xyz') : null);
      }
    });
    r.on('data', function (d) { log.push('data ' + show(d)); });
    r.on('end', function () { log.push('end'); done(); });
  },
  writeStrings: function (log, done) {
    var w = new Writable({
      highWaterMark: 4,
      write: function (c, e, cb) { log.push('_write ' + show(c) + ' ' + e + ' ' + c.length); cb(); }
    });
    log.push('write ' + w.write('abc'));
    log.push('write ' + w.write('6465', 'hex'));
    log.push('write ' + w.write(new Uint16Array([0x4141])));
    w.setDefaultEncoding('base64');
    log.push('write ' + w.write('QQ=='));
    w.end();
    w.on('finish', done);
  },
  writevAllBuffers: function (log, done) {
    var w = new Writable({
      decodeStrings: false,
      write: function (c, e, cb) { setImmediate(cb); },
      writev: function (chunks, cb) {
        log.push('_writev ' + chunks.length + ' allBuffers ' + chunks.allBuffers + ' ' +
          chunks.map(function (x) { return x.encoding; }).join(','));
        cb();
      }
    });
    w.write('a');
    w.write('b');
    w.write(Buffer.from('c'));
    w.cork();
    w.write(Buffer.from('d'));
    w.write(Buffer.from('e'));
    process.nextTick(function () { w.uncork(); });
    w.end();
    w.on('finish', done);
  },
  wrap: function (log, done) {
    var old = new (require('events'))();
    old.pause = function () { log.push('old pause'); };
    old.resume = function () { log.push('old resume'); };
    var r = new Readable({ highWaterMark: 2 }).wrap(old);
    old.emit('data', Buffer.from('ab'));
    old.emit('data', Buffer.from('cd'));
    log.push('length ' + r.readableLength);
    r.on('data', function (d) { log.push('data ' + show(d)); });
    r.on('end', function () { log.push('end'); });
    r.on('close', function () { log.push('close'); done(); });
    setTimeout(function () { old.emit('end'); }, 5);
  }
}, {
 "readN": [
  "length 9",
  "read(2) buf ab",
  "read(3) buf cde",
  "read(1) buf f",
  "read(10) null",
  "length 3",
  "read(10) after end buf ghi",
  "read() null",
  "end"
 ],
 "readAll": [
  "read() buf onetwo",
  "read() buf AB"
 ],
 "raiseHighWaterMark": [
  "hwm 128",
  "hwm 1024"
 ],
 "pushEncodings": [
  "data buf hi",
  "data buf hi",
  "end"
 ],
 "flowingChunks": [
  "_read 5",
  "_read 5",
  "data buf xyz",
  "_read 5",
  "data buf xyz",
  "_read 5",
  "data buf xyz",
  "end"
 ],
 "writeStrings": [
  "_write buf abc buffer 3",
  "write true",
  "_write buf de buffer 2",
  "write true",
  "_write buf AA buffer 2",
  "write true",
  "_write buf A buffer 1",
  "write true"
 ],
 "writevAllBuffers": [
  "_writev 4 allBuffers false utf8,buffer,buffer,buffer"
 ],
 "wrap": [
  "old pause",
  "old pause",
  "length 4",
  "data buf ab",
  "old resume",
  "data buf cd",
  "end",
  "close"
 ]
});
