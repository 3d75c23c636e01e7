// os: shapes and values that are the same under node on this machine.
'use strict';
var assert = require('assert');
var os = require('os');

assert.deepStrictEqual(Object.keys(os), ['arch', 'availableParallelism', 'cpus', 'endianness', 'freemem',
  'getPriority', 'homedir', 'hostname', 'loadavg', 'networkInterfaces', 'platform', 'release', 'setPriority',
  'tmpdir', 'totalmem', 'type', 'userInfo', 'uptime', 'version', 'machine', 'constants', 'EOL', 'devNull']);
assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
assert.strictEqual(os.platform(), 'linux');
assert.strictEqual(os.type(), 'Linux');
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.endianness(), 'LE');
assert.strictEqual(String(os.endianness), 'LE');
assert.strictEqual('' + os.platform, 'linux');
assert.strictEqual(typeof os.release(), 'string');
assert.ok(/^\d+\.\d+/.test(os.release()));
assert.strictEqual(typeof os.version(), 'string');
assert.strictEqual(os.machine(), process.arch === 'x64' ? 'x86_64' : os.machine());
assert.ok(os.hostname().length > 0);
assert.strictEqual(String(os.hostname), os.hostname());

var desc = Object.getOwnPropertyDescriptor(os, 'EOL');
assert.strictEqual(desc.writable, false);
assert.strictEqual(Object.getOwnPropertyDescriptor(os, 'constants').configurable, false);

// Memory, CPUs, load.
assert.ok(os.totalmem() > 0 && os.freemem() > 0 && os.freemem() <= os.totalmem());
assert.ok(os.availableParallelism() >= 1);
var cpus = os.cpus();
assert.ok(cpus.length >= 1);
cpus.forEach(function (c) {
  assert.deepStrictEqual(Object.keys(c), ['model', 'speed', 'times']);
  assert.strictEqual(typeof c.model, 'string');
  assert.strictEqual(typeof c.speed, 'number');
  assert.deepStrictEqual(Object.keys(c.times), ['user', 'nice', 'sys', 'idle', 'irq']);
  assert.ok(c.times.user >= 0 && c.times.idle > 0);
});
var up = os.uptime();
assert.ok(typeof up === 'number' && up > 0);
var load = os.loadavg();
assert.strictEqual(load.length, 3);
load.forEach(function (l) { assert.ok(typeof l === 'number' && l >= 0); });

// Interfaces: Node's shape, a loopback with its CIDR.
var ni = os.networkInterfaces();
var sawLoopback = false;
Object.keys(ni).forEach(function (name) {
  ni[name].forEach(function (a) {
    var keys = ['address', 'netmask', 'family', 'mac', 'internal', 'cidr'];
    if (a.family === 'IPv6') keys.push('scopeid');
    else assert.strictEqual(a.family, 'IPv4');
    assert.deepStrictEqual(Object.keys(a), keys);
    assert.ok(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(a.mac));
    assert.strictEqual(typeof a.internal, 'boolean');
    if (a.address === '127.0.0.1') {
      sawLoopback = true;
      assert.strictEqual(a.netmask, '255.0.0.0');
      assert.strictEqual(a.cidr, '127.0.0.1/8');
      assert.strictEqual(a.internal, true);
    }
    if (a.address === '::1') {
      assert.strictEqual(a.cidr, '::1/128');
      assert.strictEqual(a.scopeid, 0);
    }
  });
});
assert.ok(sawLoopback);
