// Active timers keep their Timeout objects (and callbacks) alive while nothing
// else refers to them; dropped, cleared timers are collected and their libuv
// handles closed (the asan build checks nothing leaks or is used after free).
var assert = require('assert');
function gc() {
  // Duktape's collector; under node this test runs without forcing one.
  if (typeof Duktape === 'object' && typeof Duktape.gc === 'function') Duktape.gc();
}

var fired = 0;
for (var i = 0; i < 200; i++) {
  setTimeout(function () { fired++; }, 1 + (i % 5));
}
for (var j = 0; j < 200; j++) {
  clearTimeout(setTimeout(function () { throw new Error('cleared timer fired'); }, 1));
}
gc();
gc();

var intervalRuns = 0;
(function () {
  var iv = setInterval(function () {
    if (++intervalRuns === 5) clearInterval(iv);
    gc();
  }, 1);
})();

setTimeout(function () {
  gc();
  assert.strictEqual(fired, 200);
}, 20);

process.on('exit', function () {
  assert.strictEqual(fired, 200);
  assert.strictEqual(intervalRuns, 5);
});
