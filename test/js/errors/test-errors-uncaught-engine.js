// expect-exit: 1
// expect-stderr: test-errors-uncaught-engine.js:10\n  return holder.missing.x;\n
// expect-stderr: TypeError: 
// expect-stderr:     at read (
// An error the engine raises (not a throw statement): the report names the
// line and shows it. Node also draws a caret under the failing expression;
// Duktape records no column, so duv prints no caret (only what both share is
// checked here). Passes under node too.
function read(holder) {
  return holder.missing.x;
}
read({});
