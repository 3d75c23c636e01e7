// clearTimeout/clearInterval/clearImmediate, unref/ref/hasRef, refresh, ids.
var assert = require('assert');
var fired = [];
var t = setTimeout(function () { fired.push('cleared'); }, 5);
clearTimeout(t);
var byId = setTimeout(function () { fired.push('by-id'); }, 5);
clearTimeout(+byId);
var im = setImmediate(function () { fired.push('immediate'); });
clearImmediate(im);

var n = 0;
var iv = setInterval(function () {
  n++;
  if (n === 3) clearInterval(iv);
}, 1);

// An unref'd timer alone does not keep the loop alive.
var u = setTimeout(function () { fired.push('unref'); }, 100000);
u.unref();
assert.strictEqual(u.hasRef(), false);
u.ref();
assert.strictEqual(u.hasRef(), true);
u.unref();

var refreshed = 0;
var r = setTimeout(function () {
  refreshed++;
  if (refreshed === 1) r.refresh();
}, 2);

assert.throws(function () { setTimeout('nope', 1); }, function (e) {
  return e instanceof TypeError && e.code === 'ERR_INVALID_ARG_TYPE';
});

process.on('exit', function () {
  assert.deepStrictEqual(fired, []);
  assert.strictEqual(n, 3);
  assert.strictEqual(refreshed, 2);
});
