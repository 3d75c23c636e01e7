// fs benchmarks, run by test/bench/run.py under duv and node alike:
//   bench-fs.js <case> <dir> [<file>]
// prints the case's wall time in milliseconds (and checks its result).
'use strict';
var fs = require('fs');

var kase = process.argv[2];
var dir = process.argv[3];
var file = process.argv[4];

function now() {
  var t = process.hrtime();
  return t[0] * 1e3 + t[1] / 1e6;
}

function finish(t0, check) {
  var ms = now() - t0;
  if (check !== true) throw new Error(kase + ': wrong result');
  console.log(ms.toFixed(2));
}

var N = 100000;
var small = 'a small file of some thirty bytes\n';
var t0 = now();

switch (kase) {
  case 'copyfile':
    fs.copyFileSync(file, dir + '/copy');
    finish(t0, fs.statSync(dir + '/copy').size === fs.statSync(file).size);
    fs.unlinkSync(dir + '/copy');
    break;
  case 'copyfile-cb':
    fs.copyFile(file, dir + '/copy', function (err) {
      if (err) throw err;
      finish(t0, fs.statSync(dir + '/copy').size === fs.statSync(file).size);
      fs.unlinkSync(dir + '/copy');
    });
    break;
  case 'streamcopy': {
    var rs = fs.createReadStream(file);
    var ws = fs.createWriteStream(dir + '/scopy');
    rs.pipe(ws);
    ws.on('close', function () {
      finish(t0, fs.statSync(dir + '/scopy').size === fs.statSync(file).size);
      fs.unlinkSync(dir + '/scopy');
    });
    break;
  }
  case 'readfile':
    finish(t0, fs.readFileSync(file).length === fs.statSync(file).size);
    break;
  case 'readfile-cb':
    fs.readFile(file, function (err, data) {
      if (err) throw err;
      finish(t0, data.length === fs.statSync(file).size);
    });
    break;
  case 'roundtrip': {
    var ok = true;
    for (var i = 0; i < N; i++) {
      var p = dir + '/s' + (i & 63);
      fs.writeFileSync(p, small);
      if (fs.readFileSync(p, 'utf8') !== small) ok = false;
    }
    finish(t0, ok);
    break;
  }
  case 'roundtrip-cb': {
    // 8 chains in flight, N round trips in all.
    var left = N, running = 8, good = true;
    var chain = function (k) {
      if (left === 0) {
        if (--running === 0) finish(t0, good);
        return;
      }
      left--;
      var q = dir + '/c' + k;
      fs.writeFile(q, small, function (err) {
        if (err) throw err;
        fs.readFile(q, 'utf8', function (err2, s) {
          if (err2) throw err2;
          if (s !== small) good = false;
          chain(k);
        });
      });
    };
    for (var c = 0; c < 8; c++) chain(c);
    break;
  }
  case 'stat': {
    var names = fs.readdirSync(dir);
    var total = 0;
    for (var j = 0; j < N; j++) total += fs.statSync(dir + '/' + names[j % names.length]).size;
    finish(t0, total > 0);
    break;
  }
  case 'stat-cb': {
    var list = fs.readdirSync(dir);
    var pending = N, sum = 0, issued = 0;
    var next = function () {
      if (issued === N) return;
      var name = list[issued++ % list.length];
      fs.stat(dir + '/' + name, function (err, st) {
        if (err) throw err;
        sum += st.size;
        if (--pending === 0) finish(t0, sum > 0);
        else next();
      });
    };
    for (var s = 0; s < 16; s++) next();
    break;
  }
  case 'prepare-stat':
    for (var m = 0; m < 1000; m++) fs.writeFileSync(dir + '/f' + m, 'x');
    console.log('0');
    break;
  default:
    throw new Error('unknown case ' + kase);
}
