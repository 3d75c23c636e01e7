// fs.watch ('change' / 'rename' events, close) and watchFile/unwatchFile.
'use strict';
var fs = require('fs');
var assert = require('assert');
var tmp = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/duv-fs-watch-');
process.on('exit', function () { fs.rmSync(tmp, { recursive: true, force: true }); });

fs.mkdirSync(tmp + '/wd');
fs.writeFileSync(tmp + '/wd/w.txt', 'a');
var events = [];
var closed = false;
var w = fs.watch(tmp + '/wd', function (type, name) {
  events.push(type + ':' + name);
  if (events.length === 1) {
    fs.renameSync(tmp + '/wd/w.txt', tmp + '/wd/w2.txt');
  } else if (events.indexOf('rename:w2.txt') !== -1 && !closed) {
    closed = true;
    w.close();
  }
});
w.on('close', function () { events.push('close'); });
assert.strictEqual(typeof w.ref, 'function');
setTimeout(function () { fs.writeFileSync(tmp + '/wd/w.txt', 'b'); }, 20);

assert.throws(function () { fs.watch(tmp + '/none'); }, function (e) {
  assert.strictEqual(e.code, 'ENOENT');
  assert.strictEqual(e.syscall, 'watch');
  return true;
});

// recursive: Node 20 walks the tree on Linux, duv refuses it plainly.
if (process.versions.duv !== undefined) {
  assert.throws(function () { fs.watch(tmp, { recursive: true }); }, {
    code: 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM'
  });
}

// watchFile: a change to the size shows in (curr, prev).
var polled = 0;
fs.writeFileSync(tmp + '/p.txt', 'x');
function onPoll(curr, prev) {
  assert.ok(curr instanceof fs.Stats);
  assert.ok(prev instanceof fs.Stats);
  assert.strictEqual(prev.size, 1);
  assert.strictEqual(curr.size, 3);
  polled++;
  fs.unwatchFile(tmp + '/p.txt', onPoll);
}
fs.watchFile(tmp + '/p.txt', { interval: 20 }, onPoll);
setTimeout(function () { fs.writeFileSync(tmp + '/p.txt', 'xyz'); }, 100);

// The loop ends once both are closed: no timer is needed to stop it.
process.on('exit', function () {
  assert.strictEqual(events[0], 'change:w.txt');
  assert.ok(events.indexOf('rename:w.txt') !== -1, events.join());
  assert.ok(events.indexOf('rename:w2.txt') !== -1, events.join());
  assert.strictEqual(events[events.length - 1], 'close');
  assert.strictEqual(polled, 1);
});
