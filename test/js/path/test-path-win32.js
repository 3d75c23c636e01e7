// path.win32 against node's own answers (fixtures/win32-vectors.json, made
// by fixtures/make-vectors.js under node with the directory /tmp).
'use strict';
var path = require('path');
process.chdir('/tmp');

require('./fixtures/check-vectors')(path.win32, require('./fixtures/win32-vectors.json'));
