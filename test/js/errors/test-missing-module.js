// expect-exit: 1
// expect-stderr: Cannot find module './no-such-module'
// expect-stderr: test-missing-module.js
// expect-stderr: MODULE_NOT_FOUND
require('./no-such-module');
