// A script run by examples/frame-loop.c: the host calls onFrame(n) every
// frame at 60 Hz and ticks duv's loop without blocking.
var level = require('./level.json'); // a file read through require()
var spawned = 0;
var frames = 0;

var spawner = setInterval(function () {
  spawned++;
  if (spawned === level.enemies) clearInterval(spawner);
}, level.spawnEveryMs);

globalThis.onFrame = function (n) {
  frames = n + 1;
  if (spawned === level.enemies && frames >= 30) {
    globalThis.onFrame = undefined; // done: the loop empties and the host stops
    setImmediate(function () {
      console.log('level "%s": %d enemies spawned by frame %d', level.name, spawned, frames);
    });
  }
};
