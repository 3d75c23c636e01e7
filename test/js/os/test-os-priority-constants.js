// os.getPriority/setPriority argument errors and SystemError, os.constants.
'use strict';
var assert = require('assert');
var os = require('os');

function code(fn) {
  try { fn(); } catch (e) { return e.name + '|' + e.code + '|' + e.message; }
  return 'no throw';
}

assert.strictEqual(typeof os.getPriority(), 'number');
assert.strictEqual(os.getPriority(0), os.getPriority());
assert.strictEqual(code(function () { os.getPriority('x'); }),
  'TypeError|ERR_INVALID_ARG_TYPE|The "pid" argument must be of type number. Received type string (\'x\')');
assert.strictEqual(code(function () { os.getPriority(1.5); }),
  'RangeError|ERR_OUT_OF_RANGE|The value of "pid" is out of range. It must be an integer. Received 1.5');
assert.strictEqual(code(function () { os.setPriority(0, 100); }),
  'RangeError|ERR_OUT_OF_RANGE|The value of "priority" is out of range. It must be >= -20 && <= 19. Received 100');
assert.strictEqual(code(function () { os.setPriority(Math.pow(2, 40), 0); }),
  'RangeError|ERR_OUT_OF_RANGE|The value of "pid" is out of range. It must be >= -2147483648 && <= 2147483647. Received 1_099_511_627_776');
assert.strictEqual(code(function () { os.setPriority(-Math.pow(2, 40)); }),
  'RangeError|ERR_OUT_OF_RANGE|The value of "priority" is out of range. It must be >= -20 && <= 19. Received -1_099_511_627_776');
assert.strictEqual(code(function () { os.setPriority(0, 'x'); }),
  'TypeError|ERR_INVALID_ARG_TYPE|The "priority" argument must be of type number. Received type string (\'x\')');
// Setting our own priority to what it is succeeds.
assert.strictEqual(os.setPriority(os.getPriority()), undefined);

var err;
try { os.getPriority(2147483647); } catch (e) { err = e; }
assert.ok(err instanceof Error);
assert.strictEqual(err.name, 'SystemError');
assert.strictEqual(err.code, 'ERR_SYSTEM_ERROR');
assert.strictEqual(err.message, 'A system error occurred: uv_os_getpriority returned ESRCH (no such process)');
assert.strictEqual(String(err), 'SystemError [ERR_SYSTEM_ERROR]: ' + err.message);
assert.deepStrictEqual(err.info, { errno: -3, code: 'ESRCH', message: 'no such process', syscall: 'uv_os_getpriority' });
assert.strictEqual(err.errno, -3);
assert.strictEqual(err.syscall, 'uv_os_getpriority');
err.errno = 7;
assert.strictEqual(err.info.errno, 7);

var c = os.constants;
assert.strictEqual(Object.getPrototypeOf(c.signals), null);
assert.strictEqual(c.signals.SIGINT, 2);
assert.strictEqual(c.signals.SIGTERM, 15);
assert.strictEqual(c.signals.SIGKILL, 9);
assert.strictEqual(c.signals.SIGSTKFLT, 16);
assert.strictEqual(Object.keys(c.signals).length, 33);
assert.strictEqual(c.errno.ENOENT, 2);
assert.strictEqual(c.errno.EWOULDBLOCK, 11);
assert.strictEqual(c.errno.ECANCELED, 125);
assert.strictEqual(Object.keys(c.errno).length, 79);
assert.deepStrictEqual(Object.keys(c), ['UV_UDP_REUSEADDR', 'dlopen', 'errno', 'signals', 'priority']);
assert.strictEqual(c.UV_UDP_REUSEADDR, 4);
assert.strictEqual(c.dlopen.RTLD_NOW, 2);
assert.strictEqual(c.dlopen.RTLD_DEEPBIND, 8);
assert.strictEqual(c.priority.PRIORITY_HIGHEST, -20);
assert.strictEqual(c.priority.PRIORITY_ABOVE_NORMAL, -7);
var d = Object.getOwnPropertyDescriptor(c.signals, 'SIGINT');
assert.strictEqual(d.writable, false);
assert.strictEqual(d.configurable, false);
assert.strictEqual(d.enumerable, true);

// util.inspect shows the accessors' values, as for Node's SystemError.
var shown = require('util').inspect(err);
assert.ok(shown.indexOf("errno: [Getter/Setter: 7]") !== -1, shown);
assert.ok(shown.indexOf("syscall: [Getter/Setter: 'uv_os_getpriority']") !== -1, shown);
assert.ok(shown.indexOf("code: 'ERR_SYSTEM_ERROR'") !== -1, shown);
