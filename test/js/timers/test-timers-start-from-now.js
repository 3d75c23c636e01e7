// A timer counts its delay from when it is set, not from the loop's cached
// time: after a script has run for a while, setTimeout(f, 5) still fires
// after an immediate set at the same moment. Passes under node too.
'use strict';
var assert = require('assert');

function busy(ms) {
  var t0 = Date.now();
  while (Date.now() - t0 < ms) { /* spin */ }
}

var log = [];
busy(20);
setImmediate(function () { log.push('immediate'); });
setTimeout(function () {
  log.push('timeout');
  // The same inside a timer callback, after the loop's time was last updated.
  busy(20);
  setImmediate(function () { log.push('immediate 2'); });
  setTimeout(function () { log.push('timeout 2'); }, 5);
}, 5);

process.on('exit', function () {
  assert.deepStrictEqual(log, ['immediate', 'timeout', 'immediate 2', 'timeout 2']);
});
