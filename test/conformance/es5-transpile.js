// Rewrites JavaScript files in place as ES5 with Babel (run by node, for
// run-npm-suites.py): some ported Node tests in the npm suites use ES2015
// syntax (arrow functions, let/const, template literals, for-of) that
// Duktape's ES5.1 parser refuses, though the module behaviour they test is
// what they are for. The same rewritten files run under node and duv, and
// lines are kept, so both report the same places.
'use strict';
var fs = require('fs');
var babel = require('@babel/standalone');

var options = {
  presets: [['env', { targets: { ie: '11' }, modules: false, loose: true }]],
  sourceType: 'script',
  retainLines: true
};
process.argv.slice(2).forEach(function (file) {
  var source = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, babel.transform(source, options).code + '\n');
});
