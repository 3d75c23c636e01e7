// expect-exit: 1
// expect-stderr: UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "42".
// expect-stderr: code: 'ERR_UNHANDLED_REJECTION'
// expect-stdout: exit 1, timer did not run
// A rejection nobody handles, with no 'unhandledRejection' listener, is an
// uncaught exception once the microtasks drain (Node 20's default,
// --unhandled-rejections=throw): the process exits 1 before any timer.
var timerRan = false;
process.on('exit', function (code) {
  console.log('exit ' + code + (timerRan ? ', timer ran' : ', timer did not run'));
});
Promise.reject(42);
setTimeout(function () { timerRan = true; }, 0);
