// A timer counts its delay from when it is set, not from a cached loop time:
// setTimeout(f, 5) fires after an immediate set at the same moment, from the
// main script (however long the runtime took to start) and from a callback
// that ran for a while. Passes under node too. (test/conformance/run-cli.py
// checks the same for a -e script that runs for a while.)
'use strict';
var assert = require('assert');

function busy(ms) {
  var t0 = Date.now();
  while (Date.now() - t0 < ms) { /* spin */ }
}

var log = [];
setImmediate(function () { log.push('immediate'); });
setTimeout(function () {
  log.push('timeout');
  busy(20);
  setImmediate(function () { log.push('immediate 2'); });
  setTimeout(function () { log.push('timeout 2'); }, 5);
}, 5);

process.on('exit', function () {
  assert.deepStrictEqual(log, ['immediate', 'timeout', 'immediate 2', 'timeout 2']);
});
