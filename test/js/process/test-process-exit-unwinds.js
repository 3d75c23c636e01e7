// expect-exit: 9
// expect-stdout: exit 3
// process.exit() stops the script at once: catch and finally blocks do not run,
// timers never fire, and 'exit' is emitted once.
var emitted = 0;
process.on('exit', function (code) {
  emitted++;
  console.log('exit ' + code);
  if (emitted > 1) throw new Error('exit emitted twice');
  process.exit(9); // inside an exit listener: ends at once with the new code
});
setTimeout(function () { console.log('timer ran'); }, 0);
try {
  process.exit(3);
} catch (e) {
  console.log('caught');
} finally {
  console.log('finally');
}
console.log('after');
