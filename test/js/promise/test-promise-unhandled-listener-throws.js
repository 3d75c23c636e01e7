// An 'unhandledRejection' listener that throws raises an uncaught exception;
// as in Node, the rest of that batch of rejections is then not reported,
// while later rejections are.
'use strict';
var assert = require('assert');
var log = [];
process.on('unhandledRejection', function (reason) {
  log.push('unhandled ' + reason);
  if (reason === 1) throw new Error('listener threw');
});
process.on('uncaughtException', function (err, origin) {
  log.push('uncaught ' + err.message + ' ' + origin);
});
Promise.reject(1);
Promise.reject(2);
setTimeout(function () {
  log.push('timer');
  Promise.reject(3);
}, 1);
process.on('exit', function () {
  assert.deepStrictEqual(log, ['unhandled 1', 'uncaught listener threw uncaughtException', 'timer',
    'unhandled 3']);
  console.log('ok');
});
