// os.homedir, os.tmpdir and os.userInfo: Node's rules over process.env.
'use strict';
var assert = require('assert');
var os = require('os');

process.env.TMPDIR = '/x/y/';
assert.strictEqual(os.tmpdir(), '/x/y');
process.env.TMPDIR = '/';
assert.strictEqual(os.tmpdir(), '/');
process.env.TMPDIR = '';
process.env.TMP = 'rel//';
assert.strictEqual(os.tmpdir(), 'rel/');
delete process.env.TMP;
process.env.TEMP = '/temp';
assert.strictEqual(os.tmpdir(), '/temp');
delete process.env.TMPDIR;
delete process.env.TEMP;
assert.strictEqual(os.tmpdir(), '/tmp');

var info = os.userInfo();
assert.strictEqual(Object.getPrototypeOf(info), null);
assert.deepStrictEqual(Object.keys(info), ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.strictEqual(info.uid, process.geteuid());
assert.strictEqual(info.gid, process.getegid());
assert.ok(info.username.length > 0);

var raw = os.userInfo({ encoding: 'buffer' });
assert.ok(Buffer.isBuffer(raw.username));
assert.strictEqual(raw.username.toString(), info.username);
assert.strictEqual(raw.uid, info.uid);
assert.strictEqual(os.userInfo({ encoding: 'hex' }).username, Buffer.from(info.username).toString('hex'));
assert.strictEqual(os.userInfo({ encoding: 'base64' }).homedir, Buffer.from(info.homedir).toString('base64'));
// Anything else than an options object, or an unknown encoding, means UTF-8.
assert.strictEqual(os.userInfo('buffer').username, info.username);
assert.strictEqual(os.userInfo({ encoding: 'bogus' }).username, info.username);
assert.strictEqual(os.userInfo(5).username, info.username);

process.env.HOME = '/some/where';
assert.strictEqual(os.homedir(), '/some/where');
delete process.env.HOME;
assert.strictEqual(os.homedir(), info.homedir);
