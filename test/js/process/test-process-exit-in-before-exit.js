// expect-exit: 4
// expect-stdout: beforeExit once|exit 4
// process.exit() inside 'beforeExit' ends the run: no second 'beforeExit',
// 'exit' once. Passes under node too.
'use strict';
var log = [];
process.on('beforeExit', function () {
  log.push('beforeExit once');
  setTimeout(function () { log.push('timer must not run'); }, 1);
  process.exit(4);
});
process.on('exit', function (code) {
  log.push('exit ' + code);
  console.log(log.join('|'));
});
