// expect-exit: 1
// expect-stderr: node:assert:
// expect-stderr: throw new AssertionError(
// expect-stderr: ^\n\nAssertionError
// expect-stderr: test-errors-uncaught-in-builtin.js:10
// A throw inside a built-in module: the report shows the node:<id> site and
// its source line, as Node does. Passes under node too.
var assert = require('assert');
function check() {
  assert.strictEqual(1, 2);
}
check();
