// A SyntaxError from require(): a SyntaxError whose message carries no
// engine decoration and whose stack shows no engine-internal frames. Passes
// under node too.
var assert = require('assert');
var caught;
try {
  require('./fixtures/syntax-error.js');
} catch (e) {
  caught = e;
}
assert.ok(caught instanceof SyntaxError);
assert.ok(caught.message.length > 0);
assert.ok(!/\(line \d+/.test(caught.message), caught.message);
assert.ok(/SyntaxError: /.test(caught.stack), caught.stack);
assert.ok(!/duk_|\.c:\d+|preventsyield|\binternal$/m.test(caught.stack), caught.stack);
// The module is not cached after a failed load, and a second try fails alike.
assert.throws(function () { require('./fixtures/syntax-error.js'); }, SyntaxError);
