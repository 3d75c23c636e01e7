// Inside an I/O-phase callback (here: an immediate's timer round), setImmediate
// always runs before setTimeout(0): Node documents this for I/O callbacks; from
// a timer callback the immediate also wins since the check phase comes first.
var assert = require('assert');
var order = [];
setTimeout(function () {
  setTimeout(function () { order.push('timeout'); }, 0);
  setImmediate(function () { order.push('immediate'); });
}, 0);
process.on('exit', function () {
  assert.deepStrictEqual(order, ['immediate', 'timeout']);
});
