// An 'uncaughtException' listener handles the error; the loop goes on.
var assert = require('assert');
var seen = [];
process.on('uncaughtException', function (err, origin) {
  seen.push(err.message + ':' + origin);
});
setTimeout(function () { throw new Error('first'); }, 1);
setTimeout(function () { seen.push('later timer'); }, 5);
process.nextTick(function () { throw new Error('tick'); });
process.on('exit', function (code) {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(seen, ['tick:uncaughtException', 'first:uncaughtException', 'later timer']);
});
