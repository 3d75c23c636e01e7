// Where the addons the build made live: build/<mode>/addons (test/run.py
// sets DUV_BUILD_DIR; run by hand, the build of the duv running the test).
'use strict';
var path = require('path');

var build = process.env.DUV_BUILD_DIR || path.resolve(process.execPath, '..', '..');
exports.dir = path.join(build, 'addons');
exports.path = function (rel) { return path.join(exports.dir, rel); };
