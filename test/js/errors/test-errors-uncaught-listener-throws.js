// expect-exit: 7
// expect-stderr: test-errors-uncaught-listener-throws.js:9\n  throw new Error('from listener');\n  ^\n\nError: from listener\n    at process.<anonymous> (
// expect-stdout: exit 7
// An 'uncaughtException' listener that throws: Node reports the listener's
// error in full and exits with code 7 ('exit' listeners see 7). Passes under
// node too.
process.on('exit', function (code) { console.log('exit ' + code); });
process.on('uncaughtException', function () {
  throw new Error('from listener');
});
throw new Error('first');
