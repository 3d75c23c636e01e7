// expect-exit: 1
// expect-stderr: test-uncaught-in-timer.js:9
// expect-stderr: Error: thrown from a timer
// expect-stdout: exit 1
// A throw inside a timer callback: Node prints where and the stack, emits
// 'exit' with code 1, and the process exits 1.
process.on('exit', function (code) { console.log('exit ' + code); });
setTimeout(function () {
  throw new Error('thrown from a timer');
}, 1);
setTimeout(function () { console.log('second timer must not run'); }, 20);
