// expect-exit: 5
// expect-stdout: beforeExit 0 0|timer 1|beforeExit 0 1|timer 2|beforeExit 3 2|exit 3
// 'beforeExit' fires each time the loop empties, again after it schedules
// work, with process.exitCode; not after process.exit(); 'exit' listeners may
// change the exit code. Passes under node too.
'use strict';
var log = [];
var n = 0;
process.on('beforeExit', function (code) {
  log.push('beforeExit ' + code + ' ' + n);
  if (n < 2) {
    n++;
    setTimeout(function () {
      log.push('timer ' + n);
      if (n === 2) process.exitCode = 3;
    }, 1);
  }
});
process.on('exit', function (code) {
  log.push('exit ' + code);
  console.log(log.join('|'));
  process.exitCode = 5;
});
