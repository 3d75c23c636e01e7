// expect-exit: 42
// expect-stdout: exit 42
// process.exitCode is the exit status; 'exit' listeners see it.
process.on('exit', function (code) { console.log('exit ' + code); });
process.exitCode = 42;
