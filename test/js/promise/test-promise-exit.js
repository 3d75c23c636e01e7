// expect-exit: 3
// expect-stdout: exit 3: a
// process.exit() in a reaction unwinds it: the promise it would settle is
// not rejected (no unhandled rejection), no later job runs, and microtasks
// queued by 'exit' listeners never run.
var log = [];
process.on('exit', function (code) {
  // Either of these running would change the exit status to 9.
  Promise.resolve().then(function () { process.exit(9); });
  queueMicrotask(function () { process.exit(9); });
  console.log('exit ' + code + ': ' + log.join(','));
});
Promise.resolve().then(function () {
  log.push('a');
  process.exit(3);
  log.push('after exit');
}).then(function () { log.push('b'); }, function () { log.push('rejected'); });
Promise.resolve().then(function () { log.push('c'); });
