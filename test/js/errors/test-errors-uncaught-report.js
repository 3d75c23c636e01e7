// expect-exit: 1
// expect-stderr: test-errors-uncaught-report.js:13\n  throw new Error('report me');\n  ^\n\nError: report me\n    at fail (
// expect-stderr: test-errors-uncaught-report.js:15
// expect-stderr: \n\nNode.js v
// An uncaught Error: Node prints the throw site (file:line), the source line,
// a caret under the throw, a blank line and the stack. duv prints the caret
// only where the source line shows the column by itself: a throw statement
// that is the only `throw` on its line. Passes under node too.
process.on('exit', function (code) {
  if (code !== 1) throw new Error('exit code ' + code);
});
function fail() {
  throw new Error('report me');
}
fail();
