// An error thrown inside a built-in module names the module as node:<id> with
// a line number in its stack (built-ins are loaded as precompiled bytecode,
// which must keep their line information).
'use strict';
var assert = require('assert');
var path = require('path');

var err;
try {
  path.join(null);
} catch (e) {
  err = e;
}
assert.ok(err instanceof TypeError);
assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
assert.ok(/\(node:[\w\/]+:\d+/.test(err.stack), 'no node:<id>:<line> frame in:\n' + err.stack);
