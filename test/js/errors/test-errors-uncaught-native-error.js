// expect-exit: 1
// expect-stderr: Error: ENOENT: no such file or directory, chdir 
// expect-stderr: node:internal/
// An error raised in C (a binding) and not caught: the report names the JS
// position of the call into C (a node:internal/ file), never a C source file
// (Duktape records the C call site of errors raised from C). Passes under
// node too.
process.chdir('/nonexistent-dir-for-duv-test');
