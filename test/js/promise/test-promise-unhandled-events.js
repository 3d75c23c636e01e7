// 'unhandledRejection' is emitted once the microtasks drain, for promises
// still unhandled then; a handler added later emits 'rejectionHandled'.
// Rejections handled in the same tick are never reported.
'use strict';
var assert = require('assert');
var events = [];
process.on('unhandledRejection', function (reason, promise) {
  events.push('unhandled ' + reason + (promise === p1 ? ' p1' : ''));
});
process.on('rejectionHandled', function (promise) {
  events.push('handled' + (promise === p1 ? ' p1' : ''));
});
var p1 = Promise.reject('r1');
Promise.reject('r2').catch(function () {});
var p3 = Promise.reject('r3');
Promise.resolve().then(function () { p3.catch(function () {}); });
new Promise(function (res, rej) { rej('r4'); }).then(function () {}).catch(function () {});
process.nextTick(function () { events.push('tick'); });
Promise.resolve().then(function () { events.push('micro'); });
setTimeout(function () {
  events.push('timer');
  p1.catch(function () { events.push('caught'); });
}, 1);
process.on('exit', function (code) {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(events, ['tick', 'micro', 'unhandled r1 p1', 'timer', 'caught', 'handled p1']);
  console.log('ok');
});
