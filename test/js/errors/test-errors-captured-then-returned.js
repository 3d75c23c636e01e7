// expect-exit: 1
// expect-stderr: test-errors-captured-then-returned.js:16\n  throw new Failure('boom');\n  ^\n
// expect-stderr: Error: boom
// A constructor that builds an Error, captures and reads its stack, and
// returns it (Node's AssertionError does this): the throw site keeps its caret
// and the stack keeps the frames it captured.
function Failure(message) {
  var self = new Error(message);
  Object.setPrototypeOf(self, Failure.prototype);
  Error.captureStackTrace(self, Failure);
  if (typeof self.stack !== 'string') throw new Error('no stack');
  return self;
}
Failure.prototype = Object.create(Error.prototype);
function fail() {
  throw new Failure('boom');
}
fail();
