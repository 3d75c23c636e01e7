// expect-exit: 1
// expect-stderr: test-errors-syntax-error-in-main.js:10\nvar = 2;\n
// expect-stderr: SyntaxError: 
// The main script does not parse: the report names its file and line and
// shows the line. Node's message is "Unexpected token '='"; duv keeps
// Duktape's message ("invalid variable declaration") without the "(line N)"
// Duktape appends. Node also draws a caret; Duktape records no column. Passes
// under node too.
var ok = 1;
var = 2;
