// How many arguments each callback gets, success and failure, as Node 20
// gives them (async.waterfall and friends depend on the counts).
'use strict';
var fs = require('fs');
var assert = require('assert');
var d = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/duv-fs-arity-');
process.on('exit', function () { fs.rmSync(d, { recursive: true, force: true }); });
var expected = 'access=1 access-err=1:ENOENT appendFile=1 chmod=1 chown=1 close-ok=1 copyFile=1 copyFile-err=1:ENOENT cp=2 exists=1 fchmod=1 fchown=1 fdatasync=1 fstat=2 fsync=1 ftruncate=1 futimes=1 link=1 lstat=2 lutimes=1 mkdir=1 mkdir-rec=2 mkdtemp=2 open=2 open-err=1:ENOENT opendir=2 read=3 readFile=2 readFile-err=1:ENOENT readdir=2 readlink-err=1:EINVAL readv=3 realpath=2 realpath-err=1:ENOENT rename=1 rm=1 rm-err=1:ENOENT rmdir=1 stat=2 stat-err=1:ENOENT statfs=2 symlink=1 truncate=1 unlink=1 utimes=1 write=3 writeFile=1 writeFile-err=1:ENOENT writeStr=3 writev=3';
var finished = false;
process.on('exit', function () { assert.ok(finished); });
fs.writeFileSync(d + '/f', 'abc');
// Every operation runs at once: each gets targets of its own.
fs.writeFileSync(d + '/ren', '');
fs.writeFileSync(d + '/rmme', '');
fs.symlinkSync(d + '/f', d + '/unl');
fs.mkdirSync(d + '/rmd');
var out = {};
var ops = [
  ['access', [d + '/f']], ['access-err', [d + '/none'], 'access'],
  ['appendFile', [d + '/f', 'x']], ['chmod', [d + '/f', 420]], ['chown', [d + '/f', 0, 0]],
  ['copyFile', [d + '/f', d + '/g']], ['copyFile-err', [d + '/none', d + '/g'], 'copyFile'],
  ['cp', [d + '/f', d + '/h']], ['exists', [d + '/f']], ['lstat', [d + '/f']],
  ['lutimes', [d + '/f', 1, 1]], ['link', [d + '/f', d + '/l']], ['mkdir', [d + '/m']],
  ['mkdir-rec', [d + '/n/o', { recursive: true }], 'mkdir'], ['mkdtemp', [d + '/t-']],
  ['open', [d + '/f', 'r']], ['open-err', [d + '/none', 'r'], 'open'], ['opendir', [d]],
  ['readdir', [d]], ['readFile', [d + '/f']], ['readFile-err', [d + '/none'], 'readFile'],
  ['readlink-err', [d + '/f'], 'readlink'], ['realpath', [d + '/f']], ['realpath-err', [d + '/none'], 'realpath'],
  ['rename', [d + '/ren', d + '/ren2']], ['rm', [d + '/rmme']], ['rm-err', [d + '/none'], 'rm'], ['rmdir', [d + '/rmd']],
  ['stat', [d + '/f']], ['stat-err', [d + '/none'], 'stat'], ['statfs', [d]], ['symlink', [d + '/f', d + '/s']],
  ['truncate', [d + '/f', 1]], ['unlink', [d + '/unl']], ['utimes', [d + '/f', 1, 1]],
  ['writeFile', [d + '/w', 'x']], ['writeFile-err', [d + '/none/x', 'x'], 'writeFile']
];
var pending = ops.length;
ops.forEach(function (op) {
  var name = op[2] || op[0];
  fs[name].apply(fs, op[1].concat([function () {
    out[op[0]] = arguments.length + (arguments[0] && arguments[0].code ? ':' + arguments[0].code : '');
    if (--pending === 0) done();
  }]));
});
function done() {
  var fd = fs.openSync(d + '/f', 'r+');
  var fdops = [['close-ok', 'close', []], ['fstat', 'fstat', []], ['fsync', 'fsync', []], ['fdatasync', 'fdatasync', []],
    ['ftruncate', 'ftruncate', [2]], ['futimes', 'futimes', [1, 1]], ['fchmod', 'fchmod', [420]], ['fchown', 'fchown', [0, 0]],
    ['read', 'read', [Buffer.alloc(4), 0, 4, 0]], ['write', 'write', [Buffer.from('z'), 0, 1, 0]],
    ['writeStr', 'write', ['zz', 0]], ['readv', 'readv', [[Buffer.alloc(2)], 0]], ['writev', 'writev', [[Buffer.from('q')], 0]]];
  var p2 = fdops.length;
  fdops.forEach(function (op) {
    var args = [op[0] === 'close-ok' ? fs.openSync(d + '/f', 'r') : fd].concat(op[2]);
    fs[op[1]].apply(fs, args.concat([function () {
      out[op[0]] = arguments.length + (arguments[0] && arguments[0].code ? ':' + arguments[0].code : '');
      if (--p2 === 0) {
        var keys = Object.keys(out).sort();
        assert.strictEqual(keys.map(function (k) { return k + '=' + out[k]; }).join(' '), expected);
        fs.closeSync(fd);
        finished = true;
      }
    }]));
  });
}
