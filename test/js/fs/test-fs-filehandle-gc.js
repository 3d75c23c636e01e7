// A FileHandle or Dir the script drops without closing gives its descriptor
// back when collected (duv's engine collects by reference count, at once;
// Node's GC runs later, so the count is checked under duv only).
'use strict';
var fs = require('fs');
var assert = require('assert');

function openFds() { return fs.readdirSync('/proc/self/fd').length; }
var before = openFds();
var chain = Promise.resolve();
var opened = 0;
for (var i = 0; i < 40; i++) {
  chain = chain.then(function () {
    return fs.promises.open('/dev/null').then(function (h) {
      assert.strictEqual(typeof h.fd, 'number');
      opened++;
    });
  });
}
for (var j = 0; j < 40; j++) fs.opendirSync('/tmp');
chain.then(function () {
  assert.strictEqual(opened, 40);
  if (process.versions.duv !== undefined) {
    if (typeof Duktape === 'object' && typeof Duktape.gc === 'function') Duktape.gc();
    assert.ok(openFds() <= before + 1, 'descriptors left open: ' + (openFds() - before));
  }
  done = true;
});
var done = false;
process.on('exit', function () { assert.ok(done); });
