// setEncoding and the encoding option: characters split across chunks,
// read(n) counting characters, setEncoding over buffered data, unshift of
// strings, readableEncoding, and decoding at the end.
'use strict';

var common = require('./common');
var Readable = require('stream').Readable;

function show(d) {
  return d === null ? 'null' : typeof d + ' ' + JSON.stringify(String(d));
}

common.runScenarios({
  splitUtf8: function (log, done) {
    var r = new Readable({ read: function () {} });
    r.setEncoding('utf8');
    log.push('encoding ' + r.readableEncoding);
    r.push(Buffer.from([0xe2, 0x82]));
    r.push(Buffer.from([0xac, 0x41]));
    r.push(Buffer.from([0xf0, 0x9f]));
    r.push(null);
    r.on('data', function (d) { log.push('data ' + show(d)); });
    r.on('end', function () { log.push('end'); done(); });
  },
  encodingOption: function (log, done) {
    var r = new Readable({ encoding: 'hex', read: function () {} });
    log.push('encoding ' + r.readableEncoding);
    r.push(Buffer.from('AB'));
    r.push('CD');
    r.push(null);
    r.on('data', function (d) { log.push('data ' + show(d)); });
    r.on('end', function () { log.push('end'); done(); });
  },
  setAfterBuffered: function (log, done) {
    var r = new Readable({ read: function () {} });
    r.push(Buffer.from('hello '));
    r.push(Buffer.from('world'));
    log.push('length ' + r.readableLength);
    r.setEncoding('base64');
    log.push('length ' + r.readableLength + ' buffered ' + r._readableState.buffer.length);
    log.push('read(4) ' + show(r.read(4)));
    log.push('read() ' + show(r.read()));
    done();
  },
  readNChars: function (log, done) {
    var r = new Readable({ encoding: 'utf8', read: function () {} });
    r.push('h\u00e9llo');
    r.push(' w\u00f6rld');
    log.push('length ' + r.readableLength);
    log.push('read(3) ' + show(r.read(3)));
    log.push('read(5) ' + show(r.read(5)));
    log.push('read(100) ' + show(r.read(100)));
    r.push(null);
    log.push('read(100) ' + show(r.read(100)));
    done();
  },
  unshiftString: function (log, done) {
    var r = new Readable({ encoding: 'utf8', read: function () {} });
    r.push('bc');
    r.unshift('a');
    r.unshift('ff', 'hex');
    r.push(null);
    var parts = [];
    r.on('data', function (d) { parts.push(show(d)); });
    r.on('end', function () { log.push('data ' + parts.join(' | ')); done(); });
  },
  latin1Strings: function (log, done) {
    var r = new Readable({ read: function () {} });
    r.setEncoding('latin1');
    r.push('\u00ff\u00e9', 'latin1');
    r.push('abc', 'utf8');
    r.push(null);
    r.on('data', function (d) { log.push('data ' + show(d)); });
    r.on('end', function () { log.push('end'); done(); });
  },
  badEncoding: function (log, done) {
    try { new Readable({ read: function () {} }).setEncoding('nope'); } catch (e) { log.push(e.name + ' ' + common.describe(e)); }
    done();
  }
}, {
 "splitUtf8": [
  "encoding utf8",
  "data string \"€A\"",
  "data string \"�\"",
  "end"
 ],
 "encodingOption": [
  "encoding hex",
  "data string \"4142\"",
  "data string \"4344\"",
  "end"
 ],
 "setAfterBuffered": [
  "length 11",
  "length 12 buffered 1",
  "read(4) string \"aGVs\"",
  "read() string \"bG8gd29y\""
 ],
 "readNChars": [
  "length 11",
  "read(3) string \"hél\"",
  "read(5) string \"lo wö\"",
  "read(100) null",
  "read(100) string \"rld\""
 ],
 "unshiftString": [
  "data string \"�\" | string \"a\" | string \"bc\""
 ],
 "latin1Strings": [
  "data string \"ÿé\"",
  "data string \"abc\"",
  "end"
 ],
 "badEncoding": [
  "TypeError ERR_UNKNOWN_ENCODING: Unknown encoding: nope"
 ]
});
