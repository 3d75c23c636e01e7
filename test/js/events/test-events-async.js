// events.once, events.on and captureRejections.
'use strict';
var assert = require('assert');
var EE = require('events');

var log = [];
process.on('exit', function (c) {
  if (c !== 0) return;
  // Each chain's own order is checked by its steps; chains interleave freely.
  assert.deepStrictEqual(log.slice().sort(), [
    'once [1,2]',
    'once err E 0 0',
    'once bad ERR_INVALID_ARG_TYPE The "emitter" argument must be an instance of EventEmitter. Received type number (5)',
    'on 1', 'on 2', 'on error boom 0',
    'captured rej',
    'kRejection r z [1,2]'
  ].sort());
});

var p = new EE();
EE.once(p, 'x').then(function (v) { log.push('once ' + JSON.stringify(v)); });
p.emit('x', 1, 2);
var p2 = new EE();
EE.once(p2, 'x').catch(function (er) {
  log.push('once err ' + er.message + ' ' + p2.listenerCount('x') + ' ' + p2.listenerCount('error'));
});
p2.emit('error', new Error('E'));
EE.once(5, 'x').catch(function (er) { log.push('once bad ' + er.code + ' ' + er.message); });

var src = new EE();
var it = EE.on(src, 'data');
src.emit('data', 1);
it.next().then(function (r) {
  log.push('on ' + r.value[0]);
  return it.next();
}).then(function (r) {
  log.push('on ' + r.value[0]);
  var next = it.next();
  src.emit('error', new Error('boom'));
  return next;
}).then(null, function (e) {
  log.push('on error ' + e.message + ' ' + src.listenerCount('data'));
});
setTimeout(function () { src.emit('data', 2); }, 1);

var c = new EE({ captureRejections: true });
c.on('ev', function () { return Promise.reject(new Error('rej')); });
c.on('error', function (er) { log.push('captured ' + er.message); });
setTimeout(function () {
  c.emit('ev');
  var k = new EE({ captureRejections: true });
  k[Symbol.for('nodejs.rejection')] = function (err, type, a, b) {
    log.push('kRejection ' + err.message + ' ' + type + ' ' + JSON.stringify([a, b]));
  };
  k.on('z', function () { return Promise.reject(new Error('r')); });
  setTimeout(function () { k.emit('z', 1, 2); }, 5);
}, 5);
