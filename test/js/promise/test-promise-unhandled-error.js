// expect-exit: 1
// expect-stderr: test-promise-unhandled-error.js:8
// expect-stderr: Error: boom
// An unhandled rejection whose reason is an Error is raised as that error:
// its throw site and stack are printed, and the process exits 1.
'use strict';
Promise.resolve().then(function () {
  throw new Error('boom');
});
