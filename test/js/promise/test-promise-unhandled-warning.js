// expect-stderr: PromiseRejectionHandledWarning: Promise rejection was handled asynchronously (rejection id: 2)
// A rejection reported to 'unhandledRejection' and handled later, with no
// 'rejectionHandled' listener, prints a warning naming its rejection id
// (ids count every rejection that had no handler when it happened).
'use strict';
var reported = [];
process.on('unhandledRejection', function (reason) { reported.push(reason); });
Promise.reject('first').catch(function () {});
var late = Promise.reject('second');
setTimeout(function () { late.catch(function () {}); }, 1);
process.on('exit', function (code) {
  if (code !== 0 || reported.join() !== 'second') throw new Error('unexpected: ' + reported);
});
