// expect-exit: 1
// expect-stderr: test-errors-uncaught-string.js:8\nthrow 'plain words';\n^\nplain words\n
// expect-stderr: \n\nNode.js v
// A thrown string prints as itself under the throw site, as Node prints it
// (Node then adds a line about its --trace-uncaught flag, which duv does not
// have and does not print). Passes under node too.
var unused = 1;
throw 'plain words';
