// path.posix against node's own answers (fixtures/posix-vectors.json, made
// by fixtures/make-vectors.js under node with the directory /tmp).
'use strict';
var path = require('path');
var impl = path.posix;
process.chdir('/tmp');

var v = require('./fixtures/posix-vectors.json');
var failures = [];
var count = 0;
function check(what, got, want) {
  count++;
  if (JSON.stringify(got) !== JSON.stringify(want)) {
    failures.push(what + '\n  got:  ' + JSON.stringify(got) + '\n  want: ' + JSON.stringify(want));
  }
}

Object.keys(v.singles).forEach(function (fn) {
  v.singles[fn].forEach(function (c) { check(fn + '(' + JSON.stringify(c[0]) + ')', impl[fn](c[0]), c[1]); });
});
['join', 'resolve', 'relative', 'basename'].forEach(function (fn) {
  v[fn].forEach(function (c) { check(fn + JSON.stringify(c[0]), impl[fn].apply(null, c[0]), c[1]); });
});
v.format.forEach(function (c) { check('format(' + JSON.stringify(c[0]) + ')', impl.format(c[0]), c[1]); });

if (failures.length) {
  console.error(failures.length + ' of ' + count + ' differ:\n' + failures.slice(0, 400).join('\n'));
  process.exit(1);
}
if (count < 5000) throw new Error('only ' + count + ' vectors');
