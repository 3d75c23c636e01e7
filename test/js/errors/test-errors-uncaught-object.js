// expect-exit: 1
// expect-stderr: test-errors-uncaught-object.js:6\nthrow { a: 1, b: 'x' };\n^\n{ a: 1, b: 'x' }\n\nNode.js v
// A thrown plain object prints inspected under the throw site. Passes under
// node too.
var unused = 1;
throw { a: 1, b: 'x' };
