// expect-exit: 1
// expect-stderr: fixtures/syntax-error.js:3
// expect-stderr: SyntaxError
// A syntax error in a required module is reported with its file and line.
require('./fixtures/syntax-error.js');
