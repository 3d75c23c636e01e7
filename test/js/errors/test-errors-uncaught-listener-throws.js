// expect-exit: 7
// expect-stderr: test-errors-uncaught-listener-throws.js:8\n  throw new Error('from listener');\n  ^\n\nError: from listener\n    at process.<anonymous> (
// An 'uncaughtException' listener that throws: Node reports the listener's
// error in full and exits with code 7 at once, without an 'exit' event.
// Passes under node too.
process.on('exit', function (code) { throw new Error('no exit event expected, got ' + code); });
process.on('uncaughtException', function () {
  throw new Error('from listener');
});
throw new Error('first');
