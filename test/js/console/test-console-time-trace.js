// console.time/timeEnd/timeLog print "label: N.NNNms", warn for missing or
// repeated labels; count/countReset warn likewise; trace prints "Trace: msg"
// and a stack to stderr; the constructor validates its arguments.
'use strict';
var assert = require('assert');
var Console = require('console').Console;

function sink(into) {
  return {
    write: function (s) { into.push(s); return true; },
    once: function () {}, removeListener: function () {}, on: function () {},
    listenerCount: function () { return 0; }
  };
}
var out = [];
var err = [];
var c = new Console(sink(out), sink(err));

var warnings = [];
process.on('warning', function (w) { warnings.push(w.name + ': ' + w.message); });

c.time();
c.time('t');
c.time('t');
c.timeLog('t', 'extra', { x: 1 });
c.timeEnd('t');
c.timeEnd('t');
c.timeLog('nolabel');
c.timeEnd();
c.countReset('nope');
assert.strictEqual(out.length, 3);
assert.ok(/^t: \d+(\.\d{1,3})?ms extra \{ x: 1 \}\n$/.test(out[0]), out[0]);
assert.ok(/^t: \d+(\.\d{1,3})?ms\n$/.test(out[1]), out[1]);
assert.ok(/^default: \d+(\.\d{1,3})?ms\n$/.test(out[2]), out[2]);

c.trace('msg %d', 1);
c.trace();
assert.strictEqual(err.length, 2);
var lines = err[0].split('\n');
assert.strictEqual(lines[0], 'Trace: msg 1');
assert.ok(/^    at /.test(lines[1]), lines[1]);
assert.ok(err[0].indexOf('test-console-time-trace.js') !== -1, err[0]);
assert.strictEqual(err[1].split('\n')[0], 'Trace');

// Groups indent the whole trace.
err.length = 0;
c.group();
c.trace('in group');
c.groupEnd();
assert.ok(/^  Trace: in group\n  {5}at /.test(err[0]), err[0]);

function code(fn) {
  try { fn(); } catch (e) { return e.name + ' ' + e.code + ' ' + e.message; }
  return 'no throw';
}
assert.strictEqual(code(function () { new Console(); }),
  'TypeError ERR_CONSOLE_WRITABLE_STREAM Console expects a writable stream instance for stdout');
assert.strictEqual(code(function () { new Console({ stdout: {} }); }),
  'TypeError ERR_CONSOLE_WRITABLE_STREAM Console expects a writable stream instance for stdout');
assert.strictEqual(code(function () { new Console(sink([]), {}); }),
  'TypeError ERR_CONSOLE_WRITABLE_STREAM Console expects a writable stream instance for stderr');
assert.strictEqual(code(function () { new Console({ stdout: sink([]), groupIndentation: 'x' }); }),
  'TypeError ERR_INVALID_ARG_TYPE The "groupIndentation" argument must be of type number. Received type string (\'x\')');
assert.strictEqual(code(function () { new Console({ stdout: sink([]), groupIndentation: 1001 }); }),
  'RangeError ERR_OUT_OF_RANGE The value of "groupIndentation" is out of range. It must be >= 0 && <= 1000. Received 1001');
assert.strictEqual(code(function () { new Console({ stdout: sink([]), groupIndentation: 1.5 }); }),
  'RangeError ERR_OUT_OF_RANGE The value of "groupIndentation" is out of range. It must be an integer. Received 1.5');
assert.strictEqual(code(function () { new Console({ stdout: sink([]), inspectOptions: 1 }); }),
  'TypeError ERR_INVALID_ARG_TYPE The "options.inspectOptions" property must be of type object. Received type number (1)');
assert.strictEqual(code(function () { new Console({ stdout: sink([]), colorMode: 'x' }); }),
  "TypeError ERR_INVALID_ARG_VALUE The argument 'colorMode' must be one of: 'auto', true, false. Received 'x'");

process.on('exit', function () {
  assert.deepStrictEqual(warnings, [
    "Warning: Label 't' already exists for console.time()",
    "Warning: No such label 't' for console.timeEnd()",
    "Warning: No such label 'nolabel' for console.timeLog()",
    "Warning: Count for 'nope' does not exist"
  ]);
});

// Durations past a second and a minute, as Node formats them. duv's console
// reads process.hrtime, so the clock can be replaced here (Node's cannot).
if (process.versions.duv) {
  var realHrtime = process.hrtime;
  var fake = [0, 0];
  process.hrtime = function (start) { return start ? fake : [0, 0]; };
  var lines = [];
  var ct = new Console(sink(lines));
  var durations = [[0, 52345], [1, 500000000], [65, 500000000], [3723, 500000000], [0, 999999999]];
  for (var d = 0; d < durations.length; d++) {
    ct.time('d');
    fake = durations[d];
    ct.timeEnd('d');
  }
  process.hrtime = realHrtime;
  assert.deepStrictEqual(lines, ['d: 0.052ms\n', 'd: 1.500s\n', 'd: 1:05.500 (m:ss.mmm)\n',
    'd: 1:02:03.500 (h:mm:ss.mmm)\n', 'd: 1000ms\n']);
}
