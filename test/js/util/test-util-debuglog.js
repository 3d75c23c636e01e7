// util.debuglog: NODE_DEBUG from process.env (sections, wildcards), the
// SECTION PID: prefix on stderr, enabled.
// env: NODE_DEBUG=other,foo_*
// expect-stderr: FOO_BAR
// expect-stderr: : hello 42 { a: 1 }
'use strict';
var assert = require('assert');
var util = require('util');
var on = util.debuglog('foo_bar');
var off = util.debuglog('nope');
var calledWith = null;
var withCb = util.debuglog('foo_cb', function (fn) { calledWith = fn; });
assert.strictEqual(on.enabled, true);
assert.strictEqual(off.enabled, false);
on('hello %d', 42, { a: 1 });
off('never printed');
assert.strictEqual(calledWith, null);
withCb('x');
assert.strictEqual(typeof calledWith, 'function');
assert.strictEqual(util.debug, util.debuglog);
