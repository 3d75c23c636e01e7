// duv run.js <tests-dir> <name>... : runs Promises/A+ test files (2.1.2, ...)
// with duv's Promise and prints one line per failure, then
// `N passed, N failed`. Exits 1 when a test failed.
'use strict';

var harness = require('./harness');
var path = require('path');

var dir = process.argv[2];
var names = process.argv.slice(3);
global.adapter = require('./adapter');
harness.install(global);
for (var i = 0; i < names.length; i++) require(path.join(dir, names[i] + '.js'));
console.log('planned ' + harness.count());

harness.run({ timeout: Number(process.env.APLUS_TIMEOUT_MS) || 1000 }, function (results) {
  for (var i = 0; i < results.failures.length; i++) {
    var f = results.failures[i];
    var e = f.error;
    console.log('FAIL ' + f.title + '\n    ' + (e && e.stack ? e.stack : String(e)).split('\n').join('\n    '));
  }
  if (results.unhandledRejections) {
    console.log('(' + results.unhandledRejections + ' unhandled rejections, as the tests leave them)');
  }
  console.log(results.passed + ' passed, ' + results.failed + ' failed');
  process.exitCode = results.failed ? 1 : 0;
});
