// Run by examples/host-loop.c: two copies share the host's libuv loop, each
// with its name in process.argv[2].
var name = process.argv[2];
var ticks = 0;
var interval = setInterval(function () {
  ticks++;
  if (ticks < 3) return;
  clearInterval(interval);
  Promise.resolve(ticks).then(function (n) {
    setImmediate(function () {
      console.log(name + ': ' + n + ' ticks');
    });
  });
}, 5);
process.on('exit', function (code) {
  console.log(name + ': exit ' + code);
});
