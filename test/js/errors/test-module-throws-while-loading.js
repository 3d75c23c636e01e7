// expect-exit: 1
// expect-stderr: fixtures/throws-on-load.js:2
// expect-stderr: Error: failed while loading
require('./fixtures/throws-on-load');
