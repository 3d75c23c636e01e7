// Runs one mocha test file through mocha's programmatic API with the TAP
// reporter (for run-npm-suites.py): mocha's own command line needs
// child_process, which the suites do not test.
//   mocha-run.js <ui> <file>
'use strict';
var Mocha = require('mocha');
var path = require('path');

var mocha = new Mocha({ ui: process.argv[2], reporter: 'tap' });
mocha.addFile(path.resolve(process.argv[3]));
mocha.run(function (failures) {
  process.exitCode = failures ? 1 : 0;
});
