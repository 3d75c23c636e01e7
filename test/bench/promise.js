// Promise throughput: `node promise.js <case>` or `duv promise.js <case>`
// prints the milliseconds one case takes. Cases:
//   chain  a chain of 100000 .then()s on one promise, built then run
//   many   100000 Promise.resolve().then(...), run in one microtask drain
//   ctor   100000 new Promise(executor).then(...)
'use strict';
var N = 100000;
var which = process.argv[2];
var start = Date.now();
function done() { console.log(which + ' ' + (Date.now() - start)); }

if (which === 'chain') {
  var p = Promise.resolve(0);
  for (var i = 0; i < N; i++) p = p.then(function (v) { return v + 1; });
  p.then(function (v) {
    if (v !== N) throw new Error('chain ended at ' + v);
    done();
  });
} else if (which === 'many') {
  var n = 0;
  for (var j = 0; j < N; j++) Promise.resolve().then(function () { n++; });
  Promise.resolve().then(function () {}).then(function () {
    if (n !== N) throw new Error('ran ' + n);
    done();
  });
} else if (which === 'ctor') {
  var m = 0;
  for (var k = 0; k < N; k++) new Promise(function (res) { res(k); }).then(function () { m++; });
  setTimeout(function () {
    if (m !== N) throw new Error('ran ' + m);
    done();
  }, 0);
} else {
  throw new Error('usage: promise.js chain|many|ctor');
}
