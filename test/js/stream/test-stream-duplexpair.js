// stream.duplexPair: writes on one side are reads on the other, a write's
// callback waits for the reader, and end() on one side ends the other's
// readable side. Readable.wrap(src) as a static helper.
'use strict';

var common = require('./common');
var stream = require('stream');

common.runScenarios({
  pair: function (log, done) {
    var pair = stream.duplexPair();
    var a = pair[0];
    var b = pair[1];
    log.push('duplex ' + (a instanceof stream.Duplex) + ' ' + (b instanceof stream.Duplex));
    common.watch(log, 'a', a, ['finish', 'end', 'close']);
    common.watch(log, 'b', b, ['finish', 'end', 'close']);
    a.write('hello', function () { log.push('a write cb'); });
    b.write('back', function () { log.push('b write cb'); });
    b.on('data', function (d) { log.push('b data ' + d); });
    a.on('data', function (d) { log.push('a data ' + d); });
    a.end();
    setTimeout(function () {
      b.end();
      b.on('close', function () { setTimeout(done, 5); });
    }, 5);
  },
  pairObjectMode: function (log, done) {
    var pair = stream.duplexPair({ objectMode: true });
    pair[1].on('data', function (d) { log.push('data ' + JSON.stringify(d)); });
    pair[0].write({ x: 1 });
    pair[0].write({ y: 2 });
    setTimeout(done, 5);
  },
  staticWrap: function (log, done) {
    var old = new (require('events'))();
    old.pause = function () {};
    old.resume = function () {};
    old.destroy = function (err) { log.push('src destroyed ' + err); };
    var r = stream.Readable.wrap(old);
    log.push('objectMode ' + r.readableObjectMode);
    r.on('data', function (d) { log.push('data ' + d); });
    old.emit('data', 1);
    old.emit('data', 'two');
    setTimeout(function () {
      r.destroy();
      r.on('close', function () { log.push('close'); done(); });
    }, 5);
  },
  shape: function (log, done) {
    log.push('_isArrayBufferView ' + stream._isArrayBufferView(new DataView(new ArrayBuffer(1))) + ' ' + stream._isArrayBufferView([]));
    log.push('_fromList ' + typeof stream.Readable._fromList);
    var w = new stream.Writable();
    w.on('error', function (e) { log.push('destroy() without error: ' + e.name + ' ' + e.code + ' ' + e.message); done(); });
    stream.destroy(w);
  }
}, {
 "pair": [
  "duplex true true",
  "a write cb",
  "b write cb",
  "b data hello",
  "a data back",
  "b:end",
  "a:finish",
  "a:end",
  "b:finish",
  "a:close",
  "b:close"
 ],
 "pairObjectMode": [
  "data {\"x\":1}",
  "data {\"y\":2}"
 ],
 "staticWrap": [
  "objectMode true",
  "data 1",
  "data two",
  "src destroyed AbortError: The operation was aborted",
  "close"
 ],
 "shape": [
  "_isArrayBufferView true false",
  "_fromList function",
  "destroy() without error: AbortError ABORT_ERR The operation was aborted"
 ]
});
