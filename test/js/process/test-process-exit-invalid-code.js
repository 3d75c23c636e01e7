// expect-exit: 1
// expect-stderr: The value of "code" is out of range. It must be an integer. Received 2.5
// process.exit() with a code that is not an integer throws (an uncaught
// error: exit status 1) instead of exiting. Passes under node too.
'use strict';
process.on('exit', function (code) {
  // Any other code, or an exit that did not come from the uncaught error,
  // changes the exit status and fails the test.
  if (code !== 1) process.exitCode = 99;
});
process.exit(2.5);
console.log('not reached');
