// A first duv script: modules, timers, the event loop's order.
var path = require('path');
var EventEmitter = require('events');

var clock = new EventEmitter();
var ticks = 0;
clock.on('tick', function (n) {
  console.log('tick %d from %s', n, path.basename(__filename));
});

var interval = setInterval(function () {
  clock.emit('tick', ++ticks);
  if (ticks === 3) clearInterval(interval);
}, 10);

process.nextTick(function () { console.log('nextTick runs before timers'); });
process.on('exit', function (code) { console.log('exit with code', code); });
console.log('hello from duv', process.versions.duv, 'on Duktape', process.versions.duktape);
