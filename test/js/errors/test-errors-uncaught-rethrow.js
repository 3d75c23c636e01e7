// expect-exit: 1
// expect-stderr: test-errors-uncaught-rethrow.js:12\n    throw err;\n    ^\n\nError: made elsewhere\n
// expect-stderr:  {\n  code: 'ECODE',\n  detail: 42\n}\n\nNode.js v
// The report names where the error was thrown, not where it was made, and
// shows its own enumerable properties after the stack. Passes under node too.
var err = new Error('made elsewhere');
err.code = 'ECODE';
err.detail = 42;
setTimeout(function () {
  try { JSON.parse('{'); } catch (e) { /* a throw caught on the way */ }
  if (err)
    throw err;
}, 1);
